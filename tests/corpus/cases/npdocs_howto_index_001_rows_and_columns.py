# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Access specific/arbitrary rows and columns": a[0, 2, :], a[0, :, 3], newaxis to keep dimensions, variables as indices
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(30).reshape(2, 3, 5)
print(repr(a))
print(repr(a[0, 2, :]))
print(repr(a[0, :, 3]))
print(repr(a[0, :, 3].shape))
print(repr(a[0, :, 3, np.newaxis].shape))
print(repr(a[0, :, 3, np.newaxis, np.newaxis].shape))
y = 0
print(repr(a[y, :, y+3]))
