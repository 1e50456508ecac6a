# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.shape.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.shape docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3, 4])
print(repr(x.shape))
y = np.zeros((2, 3, 4))
print(repr(y.shape))
y.shape = (3, 8)
print(repr(y))
y.shape = (3, 6)
np.zeros((4,2))[::2].shape = (-1,)
