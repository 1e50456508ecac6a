# Source: https://numpy.org/doc/2.4/reference/generated/numpy.putmask.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.putmask docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(6).reshape(2, 3)
np.putmask(x, x>2, x**2)
print(repr(x))
x = np.arange(5)
np.putmask(x, x>1, [-33, -44])
print(repr(x))
