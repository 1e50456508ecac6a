# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Filter values": nonzero, flatnonzero, where, boolean masks, replacing masked values in place
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
z = np.array([[1, 2, 3, 0], [0, 0, 5, 3], [4, 6, 0, 0]])
print(repr(z))
print(repr(np.nonzero(z)))
print(repr(np.flatnonzero(z)))
a = np.arange(30).reshape(2, 3, 5)
indices = np.where(a % 2 == 0)
print(repr(indices))
print(repr(a[indices]))
print(repr(a > 14))
print(repr(a[a > 14]))
p = np.arange(-10, 10).reshape(2, 2, 5)
print(repr(p))
q = p < 0
print(repr(q))
p[q] = 0
print(repr(p))
