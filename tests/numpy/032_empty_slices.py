import numpy as np
a = np.arange(5)
print(a[3:1])
print(a[10:])
print(a[3:1].shape)
print(a[::-1][5:])
print(np.arange(6).reshape(2, 3)[:, 3:])
