import numpy as np
m = np.zeros((2, 3), dtype=int)
t = m.T
t += np.array([1, 2])
print(m)
t[2] *= 5
print(m)
