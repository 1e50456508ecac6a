# Source: https://numpy.org/doc/2.4/reference/generated/numpy.hsplit.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.hsplit docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(16.0).reshape(4, 4)
print(repr(x))
print(repr(np.hsplit(x, 2)))
print(repr(np.hsplit(x, np.array([3, 6]))))
x = np.arange(8.0).reshape(2, 2, 2)
print(repr(x))
print(repr(np.hsplit(x, 2)))
x = np.array([0, 1, 2, 3, 4, 5])
print(repr(np.hsplit(x, 2)))
