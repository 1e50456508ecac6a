# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Reading the example code" to "Array attributes": indexing, a slice is a view, ndim/shape/size/dtype
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2, 3],
              [4, 5, 6]])
print(repr(a.shape))
a = np.array([1, 2, 3, 4, 5, 6])
print(repr(a))
print(repr(a[0]))
a[0] = 10
print(repr(a))
print(repr(a[:3]))
b = a[3:]
print(repr(b))
b[0] = 40
print(repr(a))
a = np.array([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print(repr(a))
print(repr(a[1, 3]))
print(repr(a.ndim))
print(repr(a.shape))
print(repr(len(a.shape) == a.ndim))
print(repr(a.size))
import math
print(repr(a.size == math.prod(a.shape)))
print(repr(a.dtype))
