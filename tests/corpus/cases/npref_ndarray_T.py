# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.T.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.T docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2], [3, 4]])
print(repr(a))
print(repr(a.T))
a = np.array([1, 2, 3, 4])
print(repr(a))
print(repr(a.T))
