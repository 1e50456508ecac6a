# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Transposing and reshaping a matrix": reshape, transpose(), .T
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: data = np.array([[1, 2], [3, 4], [5, 6]]) (copied from earlier on the same page)
import numpy as np
data = np.array([[1, 2], [3, 4], [5, 6]])
print(repr(data.reshape(2, 3)))
print(repr(data.reshape(3, 2)))
arr = np.arange(6).reshape((2, 3))
print(repr(arr))
print(repr(arr.transpose()))
print(repr(arr.T))
