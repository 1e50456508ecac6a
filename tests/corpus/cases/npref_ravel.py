# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.ravel docstring examples: C/F/A/K orders on a transposed, a reversed and a swapaxes'd array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1, 2, 3], [4, 5, 6]])
print(repr(np.ravel(x)))
print(repr(x.reshape(-1)))
print(repr(np.ravel(x, order='F')))
print(repr(np.ravel(x.T)))
print(repr(np.ravel(x.T, order='A')))
a = np.arange(3)[::-1]; print(repr(a))
print(repr(a.ravel(order='C')))
print(repr(a.ravel(order='K')))
a = np.arange(12).reshape(2,3,2).swapaxes(1,2); print(repr(a))
print(repr(a.ravel(order='C')))
print(repr(a.ravel(order='K')))
