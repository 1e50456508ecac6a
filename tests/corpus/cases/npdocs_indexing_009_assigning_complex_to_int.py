# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Assigning values to indexed arrays": slice assignment, float truncated into int, complex into int (TypeError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10)
x[2:7] = 1
x[2:7] = np.arange(5)
x[1] = 1.2
print(repr(x[1]))
x[1] = 1.2j  # doctest: +IGNORE_EXCEPTION_DETAIL
