# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Can you reshape an array?": reshape method, np.reshape with newshape= and order=
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6)
print(a)
b = a.reshape(3, 2)
print(b)
print(repr(np.reshape(a, newshape=(1, 6), order='C')))
