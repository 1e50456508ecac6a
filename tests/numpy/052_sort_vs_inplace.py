import numpy as np
a = np.array([3, 1, 2])
s = np.sort(a)
print(s)
print(a)
r = a.sort()
print(r)
print(a)
print(np.sort(np.array([2.5, -1.0, 0.0])))
