# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Adding, removing, and sorting elements": np.sort, np.concatenate with axis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
arr = np.array([2, 1, 5, 3, 7, 4, 6, 8])
print(repr(np.sort(arr)))
a = np.array([1, 2, 3, 4])
b = np.array([5, 6, 7, 8])
print(repr(np.concatenate((a, b))))
x = np.array([[1, 2], [3, 4]])
y = np.array([[5, 6]])
print(repr(np.concatenate((x, y), axis=0)))
