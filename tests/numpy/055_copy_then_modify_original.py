import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = a.copy()
v = a[:]
a[1] = 20.5
print(b)
print(v)
print(v is a)
print(v.base is a)
print(b.base is None)
