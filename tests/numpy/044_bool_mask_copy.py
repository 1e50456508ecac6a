import numpy as np
a = np.array([3, -1, 4, -1, 5])
m = a > 0
print(m)
pos = a[m]
print(pos)
pos[:] = 0
print(a)
print(a[a < 0])
print(a[~m].size)
