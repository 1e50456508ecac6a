# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Creating matrices": 2-d indexing, aggregation by axis, matrix + broadcast row, ones/zeros shapes
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the page's unseeded rng.random(...) calls are marked +SKIP and left out
import numpy as np
data = np.array([[1, 2], [3, 4], [5, 6]])
print(repr(data))
print(repr(data[0, 1]))
print(repr(data[1:3]))
print(repr(data[0:2, 0]))
print(repr(data.max()))
print(repr(data.min()))
print(repr(data.sum()))
data = np.array([[1, 2], [5, 3], [4, 6]])
print(repr(data))
print(repr(data.max(axis=0)))
print(repr(data.max(axis=1)))
data = np.array([[1, 2], [3, 4]])
ones = np.array([[1, 1], [1, 1]])
print(repr(data + ones))
data = np.array([[1, 2], [3, 4], [5, 6]])
ones_row = np.array([[1, 1]])
print(repr(data + ones_row))
print(repr(np.ones((4, 3, 2))))
print(repr(np.ones(3)))
print(repr(np.zeros(3)))
rng = np.random.default_rng()  # the simplest way to generate random numbers
print(repr(np.ones((3, 2))))
print(repr(np.zeros((3, 2))))
