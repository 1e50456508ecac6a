# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/absolute_beginners.rst
# What: NumPy absolute beginners, "Reshaping and flattening": flatten copies, ravel is a view written through
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1 , 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print(repr(x.flatten()))
a1 = x.flatten()
a1[0] = 99
print(x)  # Original array
print(a1)  # New array
a2 = x.ravel()
a2[0] = 98
print(x)  # Original array
print(a2)  # New array
