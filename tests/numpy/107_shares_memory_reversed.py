import numpy as np
a = np.arange(8)
r = a[::-1]
print(np.shares_memory(a[:4], r[:4]))
print(np.shares_memory(a[:4], r[4:]))
print(np.shares_memory(r[::2], a[::2]))
print(r.base is a)
print(r.strides)
