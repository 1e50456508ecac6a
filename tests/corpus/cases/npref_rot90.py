# Source: https://numpy.org/doc/2.4/reference/generated/numpy.rot90.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.rot90 docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
m = np.array([[1,2],[3,4]], int)
print(repr(m))
print(repr(np.rot90(m)))
print(repr(np.rot90(m, 2)))
m = np.arange(8).reshape((2,2,2))
print(repr(np.rot90(m, 1, (1,2))))
