import numpy as np
b = np.array([1, 0, 2], dtype=bool)
print(b)
print(repr(b))
print(b.dtype, b.itemsize)
print(b.astype(np.int8))
print(np.zeros(3, dtype=bool))
print(~b)
