# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.astype.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.astype docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 2.5])
print(repr(x))
print(repr(x.astype(int)))
x.astype(int, casting="same_value")
print(repr(x[:2].astype(int, casting="same_value")))
