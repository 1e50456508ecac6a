# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Printing arrays": 1d/2d/3d print, summarised large arrays, set_printoptions
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: import sys (copied from earlier on the same page)
import numpy as np
import sys
a = np.arange(6)                    # 1d array
print(a)

b = np.arange(12).reshape(4, 3)     # 2d array
print(b)

c = np.arange(24).reshape(2, 3, 4)  # 3d array
print(c)
print(np.arange(10000))

print(np.arange(10000).reshape(100, 100))
np.set_printoptions(threshold=sys.maxsize)  # sys module should be imported
