# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.base.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.base docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1,2,3,4])
print(repr(x.base is None))
y = x[2:]
print(repr(y.base is x))
