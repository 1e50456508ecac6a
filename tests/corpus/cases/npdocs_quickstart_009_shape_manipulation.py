# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Shape manipulation": ravel, reshape, T, resize, -1; vstack/hstack/column_stack/newaxis/r_; hsplit
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: rg = np.random.default_rng(1) (copied from earlier on the same page)
import numpy as np
rg = np.random.default_rng(1)
a = np.floor(10 * rg.random((3, 4)))
print(repr(a))
print(repr(a.shape))
print(repr(a.ravel()))  # returns the array, flattened
print(repr(a.reshape(6, 2)))  # returns the array with a modified shape
print(repr(a.T))  # returns the array, transposed
print(repr(a.T.shape))
print(repr(a.shape))
print(repr(a))
a.resize((2, 6))
print(repr(a))
print(repr(a.reshape(3, -1)))
a = np.floor(10 * rg.random((2, 2)))
print(repr(a))
b = np.floor(10 * rg.random((2, 2)))
print(repr(b))
print(repr(np.vstack((a, b))))
print(repr(np.hstack((a, b))))
from numpy import newaxis
print(repr(np.column_stack((a, b))))  # with 2D arrays
a = np.array([4., 2.])
b = np.array([3., 8.])
print(repr(np.column_stack((a, b))))  # returns a 2D array
print(repr(np.hstack((a, b))))        # the result is different
print(repr(a[:, newaxis]))  # view `a` as a 2D column vector
print(repr(np.column_stack((a[:, newaxis], b[:, newaxis]))))
print(repr(np.hstack((a[:, newaxis], b[:, newaxis]))))  # the result is the same
print(repr(np.r_[1:4, 0, 4]))
a = np.floor(10 * rg.random((2, 12)))
print(repr(a))
# Split `a` into 3
print(repr(np.hsplit(a, 3)))
# Split `a` after the third and the fourth column
print(repr(np.hsplit(a, (3, 4))))
