import numpy as np
m = np.ones((2, 3), dtype=int)
m *= np.array([1, 2, 3])
print(m)
m += np.array([[10], [20]])
print(m)
m[:] = 0
print(m)
