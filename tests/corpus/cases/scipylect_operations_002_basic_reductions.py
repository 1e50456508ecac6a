# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/2d896b5c48637bb33604dfc52b83c96aa36644fc/intro/numpy/operations.rst
# What: Scientific Python Lectures, "Numerical operations on arrays", "Basic reductions" (sums by axis, statistics, extrema, all/any; cut before the populations.txt example)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: np.random.seed(0) (copied from earlier on the same page)
import numpy as np
np.random.seed(0)
x = np.array([1, 2, 3, 4])
print(repr(np.sum(x)))
print(repr(x.sum()))
x = np.array([[1, 1], [2, 2]])
print(repr(x))
print(repr(x.sum(axis=0)))   # columns (first dimension)
print(repr((x[:, 0].sum(), x[:, 1].sum())))
print(repr(x.sum(axis=1)))   # rows (second dimension)
print(repr((x[0, :].sum(), x[1, :].sum())))
x = np.random.rand(2, 2, 2)
print(repr(x.sum(axis=2)[0, 1]))     # doctest: +ELLIPSIS
print(repr(x[0, 1, :].sum()))     # doctest: +ELLIPSIS
x = np.array([1, 2, 3, 1])
y = np.array([[1, 2, 3], [5, 6, 1]])
print(repr(x.mean()))
print(repr(np.median(x)))
print(repr(np.median(y, axis=-1))) # last axis
print(repr(x.std()))          # full population standard dev.
x = np.array([1, 3, 2])
print(repr(x.min()))
print(repr(x.max()))
print(repr(x.argmin()))  # index of minimum
print(repr(x.argmax()))  # index of maximum
print(repr(np.all([True, True, False])))
print(repr(np.any([True, True, False])))
a = np.zeros((100, 100))
print(repr(np.any(a != 0)))
print(repr(np.all(a == a)))
a = np.array([1, 2, 3, 2])
b = np.array([2, 2, 3, 2])
c = np.array([6, 4, 4, 5])
print(repr(((a <= b) & (b <= c)).all()))
