import numpy as np
a = np.arange(5)
a[1:] += a[:-1]
print(a)
b = np.arange(5)
b[:-1] = b[1:]
print(b)
c = np.arange(4)
c[::-1] += c
print(c)
