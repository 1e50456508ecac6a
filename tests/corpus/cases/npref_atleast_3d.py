# Source: https://numpy.org/doc/2.4/reference/generated/numpy.atleast_3d.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.atleast_3d docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.atleast_3d(3.0)))
x = np.arange(3.0)
print(repr(np.atleast_3d(x).shape))
x = np.arange(12.0).reshape(4,3)
print(repr(np.atleast_3d(x).shape))
print(repr(np.atleast_3d(x).base is x.base))  # x is a reshape, so not base itself
