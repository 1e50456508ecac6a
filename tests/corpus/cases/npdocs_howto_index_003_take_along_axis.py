# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Index along a specific axis": np.take with axis=2 and axis=1
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(30).reshape(2, 3, 5)
print(repr(a))
print(repr(np.take(a, [2, 3], axis=2)))
print(repr(np.take(a, [2], axis=1)))
