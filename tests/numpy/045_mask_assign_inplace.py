import numpy as np
a = np.array([0, 1, 2, 3, 4])
a[a > 1] = 0
print(a)
b = np.arange(6).reshape(2, 3)
b[b % 2 == 0] = -1
print(b)
c = np.arange(5)
c[c >= 3] += 10
print(c)
