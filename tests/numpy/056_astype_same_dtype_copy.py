import numpy as np
a = np.arange(3)
b = a.astype(np.int64)
b[0] = 9
print(a)
print(b.dtype == a.dtype)
print(np.shares_memory(a, b))
c = a.astype('f4')
print(c, c.dtype)
