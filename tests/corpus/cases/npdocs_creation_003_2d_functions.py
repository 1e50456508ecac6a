# Source: https://github.com/numpy/numpy/blob/04282f58357ee141a197067ba20eb022dafb8ad9/doc/source/user/basics.creation.rst
# What: Array creation, "2D array creation functions": eye, diag (build and extract), vander
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.eye(3)))
print(repr(np.eye(3, 5)))
print(repr(np.diag([1, 2, 3])))
print(repr(np.diag([1, 2, 3], 1)))
a = np.array([[1, 2], [3, 4]])
print(repr(np.diag(a)))
print(repr(np.vander(np.linspace(0, 2, 5), 2)))
print(repr(np.vander([1, 2, 3, 4], 2)))
print(repr(np.vander((1, 2, 3, 4), 4)))
