# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, x[idx] += 1 with repeated indices; "Dealing with variable numbers of indices": tuples, slice(), Ellipsis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(0, 50, 10)
print(repr(x))
x[np.array([1, 1, 3, 1])] += 1
print(repr(x))
z = np.arange(81).reshape(3, 3, 3, 3)
indices = (1, 1, 1, 1)
print(repr(z[indices]))
indices = (1, 1, 1, slice(0, 2))  # same as [1, 1, 1, 0:2]
print(repr(z[indices]))
indices = (1, Ellipsis, 1)  # same as [1, ..., 1]
print(repr(z[indices]))
print(repr(z[[1, 1, 1, 1]]))  # produces a large array
print(repr(z[(1, 1, 1, 1)]))  # returns a single value
