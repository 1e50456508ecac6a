# Source: https://numpy.org/doc/2.4/reference/generated/numpy.expand_dims.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.expand_dims docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2])
print(repr(x.shape))
y = np.expand_dims(x, axis=0)
print(repr(y))
print(repr(y.shape))
y = np.expand_dims(x, axis=1)
print(repr(y))
print(repr(y.shape))
y = np.expand_dims(x, axis=(0, 1))
print(repr(y))
y = np.expand_dims(x, axis=(2, 0))
print(repr(y))
print(repr(np.newaxis is None))
