# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.broadcasting.rst
# What: Broadcasting, introduction: same-shape product, then the scalar stretched over an array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1.0, 2.0, 3.0])
b = np.array([2.0, 2.0, 2.0])
print(repr(a * b))
a = np.array([1.0, 2.0, 3.0])
b = 2.0
print(repr(a * b))
