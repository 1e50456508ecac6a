import numpy as np
a = np.arange(10)
b = a[2:8]
c = b[::2]
print(c)
print(c.base is a)
print(b.base is a)
c[1] = -4
print(a)
print(b)
