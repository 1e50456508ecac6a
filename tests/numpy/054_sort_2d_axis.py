import numpy as np
m = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(m))
print(np.sort(m, axis=0))
m[:, 0] = [5, 4]
m.sort(axis=0)
print(m)
