# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "An example": shape, ndim, dtype.name, itemsize, size, type
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(15).reshape(3, 5)
print(repr(a))
print(repr(a.shape))
print(repr(a.ndim))
print(repr(a.dtype.name))
print(repr(a.itemsize))
print(repr(a.size))
print(repr(type(a)))
b = np.array([6, 7, 8])
print(repr(b))
print(repr(type(b)))
