import numpy as np
a = np.arange(3)
b = a
c = a[:]
print(b is a)
print(c is a)
print(c is not a)
print(a.base is None)
print(c.base is a)
print(a.T is a)
print(np.asarray(a) is a)
