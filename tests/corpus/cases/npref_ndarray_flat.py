# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.flat.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.flat docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(1, 7).reshape(2, 3)
print(repr(x))
print(repr(x.flat[3]))
print(repr(x.T))
print(repr(x.T.flat[3]))
print(repr(type(x.flat)))
x.flat = 3; print(repr(x))
x.flat[[1,4]] = 1; print(repr(x))
