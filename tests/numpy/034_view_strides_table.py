import numpy as np
m = np.arange(12, dtype=np.int32).reshape(3, 4)
print(m.strides)
print(m[::2].strides)
print(m[:, ::3].strides)
print(m[::-1, 1:].strides)
print(m.T.strides)
print(m[1].strides)
