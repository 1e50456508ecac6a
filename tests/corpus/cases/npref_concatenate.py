# Source: https://numpy.org/doc/2.4/reference/generated/numpy.concatenate.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.concatenate docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6]])
print(repr(np.concatenate((a, b), axis=0)))
print(repr(np.concatenate((a, b.T), axis=1)))
print(repr(np.concatenate((a, b), axis=None)))
a = np.ma.arange(3)
a[1] = np.ma.masked
b = np.arange(2, 5)
print(repr(a))
print(repr(b))
print(repr(np.concatenate([a, b])))
print(repr(np.ma.concatenate([a, b])))
