# Source: https://numpy.org/doc/2.4/reference/generated/numpy.array.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.array docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.array([1, 2, 3])))
print(repr(np.array([1, 2, 3.0])))
print(repr(np.array([[1, 2], [3, 4]])))
print(repr(np.array([1, 2, 3], ndmin=2)))
print(repr(np.array([1, 2, 3], dtype=complex)))
x = np.array([(1,2),(3,4)],dtype=[('a','<i4'),('b','<i4')])
print(repr(x['a']))
print(repr(np.array(np.asmatrix('1 2; 3 4'))))
print(repr(np.array(np.asmatrix('1 2; 3 4'), subok=True)))
a = np.array([[1, 2], [3, 4]], dtype=object, ndmax=2)
print(repr(a))
print(repr(a.shape))
b = np.array([[1, 2], [3, 4]], dtype=object, ndmax=1)
print(repr(b))
print(repr(b.shape))
