import numpy as np
a = np.arange(4)
a.flags.writeable = False
v = a[1:]
print(v.flags.writeable)
c = a.copy()
print(c.flags.writeable)
print(a.flags)
