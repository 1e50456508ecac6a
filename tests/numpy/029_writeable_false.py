import numpy as np
a = np.arange(5)
v = a[1:]
a.flags.writeable = False
print(a.flags.writeable)
print(v.flags.writeable)
v[0] = 11
print(a)
a[0] = 1
