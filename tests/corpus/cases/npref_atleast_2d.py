# Source: https://numpy.org/doc/2.4/reference/generated/numpy.atleast_2d.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.atleast_2d docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.atleast_2d(3.0)))
x = np.arange(3.0)
print(repr(np.atleast_2d(x)))
print(repr(np.atleast_2d(x).base is x))
print(repr(np.atleast_2d(1, [1, 2], [[1, 2]])))
