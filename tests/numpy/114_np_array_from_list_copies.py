import numpy as np
a = [1, 2, 3]
b = np.array(a)
a[0] = 0
print(b)
print(a)
b[1] = 20
print(a)
print(b.base is None)
print(b.dtype)
