# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Single element indexing": negative indices, setting x.shape, x[0] is a view, x[0][2]
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10)
print(repr(x[2]))
print(repr(x[-2]))
x.shape = (2, 5)  # now x is 2-dimensional
print(repr(x[1, 3]))
print(repr(x[1, -1]))
print(repr(x[0]))
print(repr(x[0][2]))
