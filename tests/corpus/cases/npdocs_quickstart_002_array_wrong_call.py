# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Array creation" up to the frequent error np.array(1, 2, 3, 4) (TypeError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([2, 3, 4])
print(repr(a))
print(repr(a.dtype))
b = np.array([1.2, 3.5, 5.1])
print(repr(b.dtype))
a = np.array(1, 2, 3, 4)    # WRONG
