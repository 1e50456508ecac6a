import numpy as np
# an index with ... that selects one element is a 0-d array VIEW, not a scalar
a = np.arange(4)
z = np.array(5)
print(repr(z[...]), repr(a[0, ...]), repr(a[..., -1]), type(a[1, ...]), z[...].base is z)
v = a[2, ...]
a[...] = 7
print(v, repr(np.int16(3)[...]), np.may_share_memory(z, z[...]))
w = z[...]
w[...] = 9
print(z)
