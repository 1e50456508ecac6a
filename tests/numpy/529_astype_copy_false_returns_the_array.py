import numpy as np
# astype(same dtype, copy=False) returns the array itself, not a copy
a = np.array([1.5, 2.5])
b = a.astype('f8', copy=False)
b[0] = 9
print(a, b is a, np.shares_memory(a, b))
c = np.array(np.uint16(3))
d = c.astype('uint16', copy=False)
c += 1
print(d)
