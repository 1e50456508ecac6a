import numpy as np
a = np.arange(8)
r = a[::-1]
print(r)
print(a[6:1:-2])
print(a[-1:-6:-1])
r[0] = 70
print(a)
print(r.strides)
print(np.shares_memory(a, r))
