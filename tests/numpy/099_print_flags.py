import numpy as np
a = np.arange(6)
print(a.flags)
v = a[::2]
print(v.flags)
