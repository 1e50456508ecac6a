import numpy as np
a = np.array([1, 256, -1], dtype=np.int32)
b = a.view(np.int8)
print(b)
print(b.shape)
print(b.dtype)
b[0] = 5
print(a)
