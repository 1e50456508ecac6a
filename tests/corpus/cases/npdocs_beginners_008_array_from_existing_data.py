# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "How to create an array from existing data": slices, vstack, hstack, hsplit, a row view written through, copy
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1,  2,  3,  4,  5,  6,  7,  8,  9, 10])
arr1 = a[3:8]
print(repr(arr1))
a1 = np.array([[1, 1],
               [2, 2]])
a2 = np.array([[3, 3],
               [4, 4]])
print(repr(np.vstack((a1, a2))))
print(repr(np.hstack((a1, a2))))
x = np.arange(1, 25).reshape(2, 12)
print(repr(x))
print(repr(np.hsplit(x, 3)))
print(repr(np.hsplit(x, (3, 4))))
a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
b1 = a[0, :]
print(repr(b1))
b1[0] = 99
print(repr(b1))
print(repr(a))
b2 = a.copy()
