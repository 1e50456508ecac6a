# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Integer array indexing": negative index values, then an out-of-bounds index array (IndexError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10, 1, -1)
print(repr(x))
print(repr(x[np.array([3, 3, 1, 8])]))
print(repr(x[np.array([3, 3, -3, 8])]))
x = np.array([[1, 2], [3, 4], [5, 6]])
print(repr(x[np.array([1, -1])]))
x[np.array([3, 4])]
