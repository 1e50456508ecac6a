# Source: https://numpy.org/doc/2.4/reference/generated/numpy.append.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.append docstring examples (up to the error)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.append([1, 2, 3], [[4, 5, 6], [7, 8, 9]])))
print(repr(np.append([[1, 2, 3], [4, 5, 6]], [[7, 8, 9]], axis=0)))
np.append([[1, 2, 3], [4, 5, 6]], [7, 8, 9], axis=0)
