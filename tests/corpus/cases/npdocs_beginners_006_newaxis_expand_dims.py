# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "How to convert a 1D array into a 2D array": np.newaxis, np.expand_dims
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2, 3, 4, 5, 6])
print(repr(a.shape))
a2 = a[np.newaxis, :]
print(repr(a2.shape))
row_vector = a[np.newaxis, :]
print(repr(row_vector.shape))
col_vector = a[:, np.newaxis]
print(repr(col_vector.shape))
a = np.array([1, 2, 3, 4, 5, 6])
print(repr(a.shape))
b = np.expand_dims(a, axis=1)
print(repr(b.shape))
c = np.expand_dims(a, axis=0)
print(repr(c.shape))
