# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ufunc.reduce.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ufunc.reduce docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.multiply.reduce([2,3,5])))
X = np.arange(8).reshape((2,2,2))
print(repr(X))
print(repr(np.add.reduce(X, 0)))
print(repr(np.add.reduce(X))) # confirm: default axis value is 0
print(repr(np.add.reduce(X, 1)))
print(repr(np.add.reduce(X, 2)))
print(repr(np.add.reduce([10], initial=5)))
print(repr(np.add.reduce(np.ones((2, 2, 2)), axis=(0, 2), initial=10)))
a = np.array([10., np.nan, 10])
print(repr(np.add.reduce(a, where=~np.isnan(a))))
print(repr(np.minimum.reduce([], initial=np.inf)))
print(repr(np.minimum.reduce([[1., 2.], [3., 4.]], initial=10., where=[True, False])))
np.minimum.reduce([])
