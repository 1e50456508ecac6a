import numpy as np
a = np.array([9, 5, 7, 1, 3, 0])
v = a[1:5]
v.sort()
print(v)
print(a)
w = a[::2]
w.sort()
print(a)
