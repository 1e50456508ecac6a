# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.reshape docstring (Notes and Examples): C and F index order, ravel then reshape, -1
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape((3, 2))
print(repr(a))
print(repr(np.reshape(a, (2, 3)))) # C-like index ordering
print(repr(np.reshape(np.ravel(a), (2, 3)))) # equivalent to C ravel then C reshape
print(repr(np.reshape(a, (2, 3), order='F'))) # Fortran-like index ordering
print(repr(np.reshape(np.ravel(a, order='F'), (2, 3), order='F')))
import numpy as np
a = np.array([[1,2,3], [4,5,6]])
print(repr(np.reshape(a, 6)))
print(repr(np.reshape(a, 6, order='F')))
print(repr(np.reshape(a, (3,-1))))       # the unspecified value is inferred to be 2
