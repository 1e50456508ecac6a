# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/2d896b5c48637bb33604dfc52b83c96aa36644fc/intro/numpy/operations.rst
# What: Scientific Python Lectures, "Numerical operations on arrays", "Array shape manipulation": flattening, reshaping, views and copies, dimension shuffling, resizing
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2, 3], [4, 5, 6]])
print(repr(a.ravel()))
print(repr(a.T))
print(repr(a.T.ravel()))
print(repr(a.shape))
b = a.ravel()
print(repr(b.reshape((2, 3))))
a = np.arange(36)
b = a.reshape((6, 6))
print(repr(b))
b = a.reshape((6, -1))    # unspecified (-1) value is inferred
b[0, 0] = 99
print(repr(a))
a = np.zeros((3, 2))
b = a.T.reshape(3*2)
b[0] = 9
print(repr(a))
a = np.arange(4*3*2).reshape(4, 3, 2)
print(repr(a.shape))
print(repr(a[0, 2, 1]))
b = a.transpose(1, 2, 0)
print(repr(b.shape))
print(repr(b[2, 1, 0]))
b[2, 1, 0] = -1
print(repr(a[0, 2, 1]))
a = np.arange(4)
a.resize((8,))
print(repr(a))
b = a
