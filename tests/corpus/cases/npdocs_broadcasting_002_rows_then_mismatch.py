# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.broadcasting.rst
# What: Broadcasting, "Broadcastable arrays": a 1-d array added to each row, then shapes (4,3) and (4,) that do not broadcast (ValueError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[ 0.0,  0.0,  0.0],
              [10.0, 10.0, 10.0],
              [20.0, 20.0, 20.0],
              [30.0, 30.0, 30.0]])
b = np.array([1.0, 2.0, 3.0])
print(repr(a + b))
b = np.array([1.0, 2.0, 3.0, 4.0])
a + b
