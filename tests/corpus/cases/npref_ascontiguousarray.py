# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ascontiguousarray.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ascontiguousarray docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.ones((2, 3), order='F')
print(repr(x.flags['F_CONTIGUOUS']))
y = np.ascontiguousarray(x)
print(repr(y.flags['C_CONTIGUOUS']))
print(repr(np.may_share_memory(x, y)))
x = np.ones((2, 3), order='C')
print(repr(x.flags['C_CONTIGUOUS']))
y = np.ascontiguousarray(x)
print(repr(x is y))
