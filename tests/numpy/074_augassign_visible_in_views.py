import numpy as np
a = np.arange(6)
v = a[::2]
v += 100
print(a)
a *= 2
print(v)
w = a.reshape(2, 3)
w -= 1
print(a)
