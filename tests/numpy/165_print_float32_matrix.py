import numpy as np
m = np.arange(6, dtype=np.float32).reshape(2, 3) / 4
print(m)
print(repr(m))
print(repr(np.array([1e10], dtype=np.float32)))
print(np.array([0.1], dtype=np.float32) + np.array([0.2], dtype=np.float32))
