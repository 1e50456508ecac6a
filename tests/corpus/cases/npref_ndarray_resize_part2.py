# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.resize.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.resize docstring examples, after the error: resize with refcheck=False, seen through the other name
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: a = np.array([[0, 1], [2, 3]], order='F'); a.resize((2, 1)); c = a (copied from earlier on the same page)
import numpy as np
a = np.array([[0, 1], [2, 3]], order='F')
a.resize((2, 1))
c = a
a.resize((1, 1), refcheck=False)
print(repr(a))
print(repr(c))
