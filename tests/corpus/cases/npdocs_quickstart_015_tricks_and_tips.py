# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Tricks and tips": automatic reshaping with -1, vector stacking
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the Histograms example needs matplotlib and is left out
import numpy as np
a = np.arange(30)
b = a.reshape((2, -1, 3))  # -1 means "whatever is needed"
print(repr(b.shape))
print(repr(b))
x = np.arange(0, 10, 2)
y = np.arange(5)
m = np.vstack([x, y])
print(repr(m))
xy = np.hstack([x, y])
print(repr(xy))
