# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Indexing with boolean arrays": a mask of a's shape, mask assignment, one boolean array per axis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the Mandelbrot example between the two parts needs matplotlib and is left out
import numpy as np
a = np.arange(12).reshape(3, 4)
b = a > 4
print(repr(b))  # `b` is a boolean with `a`'s shape
print(repr(a[b]))  # 1d array with the selected elements
a[b] = 0  # All elements of `a` higher than 4 become 0
print(repr(a))
a = np.arange(12).reshape(3, 4)
b1 = np.array([False, True, True])         # first dim selection
b2 = np.array([True, False, True, False])  # second dim selection

print(repr(a[b1, :]))                                   # selecting rows

print(repr(a[b1]))                                      # same thing

print(repr(a[:, b2]))                                   # selecting columns

print(repr(a[b1, b2]))                                  # a weird thing to do
