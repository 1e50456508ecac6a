# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Broadcasting" and "More useful array operations": array * scalar, max/min/sum, min along an axis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
data = np.array([1.0, 2.0])
print(repr(data * 1.6))
print(repr(data.max()))
print(repr(data.min()))
print(repr(data.sum()))
a = np.array([[0.45053314, 0.17296777, 0.34376245, 0.5510652],
              [0.54627315, 0.05093587, 0.40067661, 0.55645993],
              [0.12697628, 0.82485143, 0.26590556, 0.56917101]])
print(repr(a.sum()))
print(repr(a.min()))
print(repr(a.min(axis=0)))
