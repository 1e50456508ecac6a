# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Universal functions": exp, sqrt, add
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
B = np.arange(3)
print(repr(B))
print(repr(np.exp(B)))
print(repr(np.sqrt(B)))
C = np.array([2., -1., 4.])
print(repr(np.add(B, C)))
