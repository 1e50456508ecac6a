import numpy as np
a = np.arange(10)
b = a[2:7]
print(b)
b[0] = 100
print(a)
a[3] = -3
print(b)
print(b.base is a)
