import numpy as np
a = np.array([1, 2, 3, 4])
v = a.view()
print(v)
print(v is a)
print(v.base is a)
v[0] = 11
print(a)
print(np.shares_memory(a, v))
print(v.flags.owndata)
