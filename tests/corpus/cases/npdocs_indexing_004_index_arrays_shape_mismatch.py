# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, multidimensional index arrays, then index arrays that do not broadcast (IndexError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
y = np.arange(35).reshape(5, 7)
print(repr(y))
print(repr(y[np.array([0, 2, 4]), np.array([0, 1, 2])]))
y[np.array([0, 2, 4]), np.array([0, 1])]
