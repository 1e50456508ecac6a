import numpy as np
a = np.arange(8)
b = a.reshape(2, 4)
c = b.reshape(4, 2)
d = c.T
d[0, 0] = 80
print(a)
print(c.base is a)
print(d.base is a)
print(d.flags['C_CONTIGUOUS'])
print(c.flags['C_CONTIGUOUS'])
