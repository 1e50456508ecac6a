# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.copy.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.copy docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1,2,3],[4,5,6]], order='F')
y = x.copy()
x.fill(0)
print(repr(x))
print(repr(y))
print(repr(y.flags['C_CONTIGUOUS']))
a = np.array([1, 'm', [2, 3, 4]], dtype=object)
b = a.copy()
b[2][0] = 10
print(repr(a))
import copy
a = np.array([1, 'm', [2, 3, 4]], dtype=object)
c = copy.deepcopy(a)
c[2][0] = 10
print(repr(c))
print(repr(a))
