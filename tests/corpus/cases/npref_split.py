# Source: https://numpy.org/doc/2.4/reference/generated/numpy.split.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.split docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(9.0)
print(repr(np.split(x, 3)))
x = np.arange(8.0)
print(repr(np.split(x, [3, 5, 6, 10])))
