# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Basic array operations": + - * / on arrays, sum with and without axis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
data = np.array([1, 2])
ones = np.ones(2, dtype=int)
print(repr(data + ones))
print(repr(data - ones))
print(repr(data * data))
print(repr(data / data))
a = np.array([1, 2, 3, 4])
print(repr(a.sum()))
b = np.array([[1, 1], [2, 2]])
print(repr(b.sum(axis=0)))
print(repr(b.sum(axis=1)))
