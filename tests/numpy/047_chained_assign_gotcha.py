import numpy as np
a = np.arange(5)
a[[0, 1]][0] = 99
print(a)
a[0:2][0] = 99
print(a)
a[a > 2][0] = -5
print(a)
a[2:][::2][1] = -5
print(a)
