# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.fill.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.fill docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2])
a.fill(0)
print(repr(a))
a = np.empty(2)
a.fill(1)
print(repr(a))
a = np.array([None, None], dtype=object)
a[0] = np.array(3)
print(repr(a))
a.fill(np.array(3))
print(repr(a))
a[...] = np.array(3)
print(repr(a))
