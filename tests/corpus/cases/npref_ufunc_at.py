# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ufunc.at.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ufunc.at docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2, 3, 4])
np.negative.at(a, [0, 1])
print(repr(a))
a = np.array([1, 2, 3, 4])
np.add.at(a, [0, 1, 2, 2], 1)
print(repr(a))
a = np.array([1, 2, 3, 4])
b = np.array([1, 2])
np.add.at(a, [0, 1], b)
print(repr(a))
