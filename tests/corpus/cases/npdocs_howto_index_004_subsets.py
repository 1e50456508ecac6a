# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Create subsets of larger matrices": slices, the same block by advanced indexing, np.mgrid indices
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(100).reshape(10, 10)
print(repr(a))
print(repr(a[2:5, 2:5]))
print(repr(a[2:5, 1:3]))
print(repr(a[:5, :5]))
print(repr(a[np.arange(5)[:, None], np.arange(5)[None, :]]))
indices = np.mgrid[0:6:2]
print(repr(indices))
print(repr(a[:, indices]))
