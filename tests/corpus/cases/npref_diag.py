# Source: https://numpy.org/doc/2.4/reference/generated/numpy.diag.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.diag docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(9).reshape((3,3))
print(repr(x))
print(repr(np.diag(x)))
print(repr(np.diag(x, k=1)))
print(repr(np.diag(x, k=-1)))
print(repr(np.diag(np.diag(x))))
