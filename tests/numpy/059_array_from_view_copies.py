import numpy as np
a = np.arange(6)
v = a[::2]
c = np.array(v)
c[0] = 55
print(a)
print(c)
print(c.flags['C_CONTIGUOUS'], v.flags['C_CONTIGUOUS'])
print(c.strides, v.strides)
