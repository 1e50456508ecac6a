import numpy as np
a = np.arange(5)
c = a.copy()
c[0] = 100
print(a)
print(c)
print(c.base is None)
print(np.shares_memory(a, c))
print(c.flags.owndata)
