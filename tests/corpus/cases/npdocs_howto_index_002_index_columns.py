# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Index columns": a[..., 3]; one element per row with broadcast row and column indices
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
print(repr(a))
print(repr(a[..., 3]))
arr = np.arange(3*4).reshape(3, 4)
print(repr(arr))
column_indices = [[1, 3], [0, 2], [2, 2]]
print(repr(np.arange(arr.shape[0])))
row_indices = np.arange(arr.shape[0])[:, np.newaxis]
print(repr(row_indices))
print(repr(arr[row_indices, column_indices]))
