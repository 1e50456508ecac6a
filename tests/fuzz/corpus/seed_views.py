import numpy as np
a = np.arange(12)
b = a[1:7]
c = a.reshape(3, 4).T
b[0] = 99
c[1, 2] = -1
print(a, b, c, np.shares_memory(b, c))
d = a[[0, 2, 4]]
d[0] = 7
e = a[a > 5]
a += 1
print(a.base, b.base is a, e)
