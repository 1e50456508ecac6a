import numpy as np
# array ** 2 runs as np.square, whose boolean loop gives int8
b = np.array([True, False])
print(repr(b ** 2), repr(b ** 3), repr(b ** 2.0), repr(b ** np.int64(2)))
print(repr(np.array([1, 2], dtype=np.int8) ** 2))
b **= 2
