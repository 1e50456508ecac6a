import numpy as np
f = np.array([0.1, 0.2, 1 / 3], dtype=np.float32)
print(f)
print(repr(f))
print(f[2])
print(repr(f[0]))
print(f.sum())
print(f.dtype, f.itemsize)
