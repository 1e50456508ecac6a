# Source: https://numpy.org/doc/2.4/reference/generated/numpy.moveaxis.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.moveaxis docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.zeros((3, 4, 5))
print(repr(np.moveaxis(x, 0, -1).shape))
print(repr(np.moveaxis(x, -1, 0).shape))
print(repr(np.transpose(x).shape))
print(repr(np.swapaxes(x, 0, -1).shape))
print(repr(np.moveaxis(x, [0, 1], [-1, -2]).shape))
print(repr(np.moveaxis(x, [0, 1, 2], [-1, -2, -3]).shape))
