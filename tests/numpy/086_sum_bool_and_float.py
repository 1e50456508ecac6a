import numpy as np
a = np.array([0.1, 0.2, 0.3])
print(a.sum())
print(np.sum(a > 0.15))
print(np.ones((2, 2), dtype=np.float32).sum())
print(np.array([], dtype=np.int64).sum())
print(np.arange(101).sum())
