import numpy as np
a = np.arange(8)
v = a[2:6]
c = v.copy()
v[0] = -2
c[1] = -3
print(a)
print(v)
print(c)
print(c.base is None, v.base is a)
