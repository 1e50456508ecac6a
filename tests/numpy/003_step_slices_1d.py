import numpy as np
a = np.arange(12)
print(a[::2])
print(a[1::3])
print(a[2:10:4])
print(a[::5])
s = a[1:9:2]
s[:] = 0
print(a)
