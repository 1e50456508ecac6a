# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "How to create a basic array": zeros, ones, arange, linspace, dtype=np.int64
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: np.empty(2) is marked +SKIP on the page and left out
import numpy as np
print(repr(np.zeros(2)))
print(repr(np.ones(2)))
# Create an empty array with 2 elements
print(repr(np.arange(4)))
print(repr(np.arange(2, 9, 2)))
print(repr(np.linspace(0, 10, num=5)))
x = np.ones(2, dtype=np.int64)
print(repr(x))
