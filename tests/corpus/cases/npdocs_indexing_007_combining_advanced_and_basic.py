# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Combining advanced and basic indexing": index array with a slice, slice vs list index, mask with a slice
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
y = np.arange(35).reshape(5,7)
print(repr(y[np.array([0, 2, 4]), 1:3]))
print(repr(y[:, 1:3][np.array([0, 2, 4]), :]))
x = np.array([[ 0,  1,  2],
              [ 3,  4,  5],
              [ 6,  7,  8],
              [ 9, 10, 11]])
print(repr(x[1:2, 1:3]))
print(repr(x[1:2, [1, 2]]))
x = np.arange(35).reshape(5, 7)
b = x > 20
print(repr(b))
print(repr(x[b[:, 5], 1:3]))
