# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Basic operations" after the error: upcasting to float and complex, sum/min/max, axis reductions
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: from numpy import pi; rg = np.random.default_rng(1) (copied from earlier on the same page)
import numpy as np
from numpy import pi
rg = np.random.default_rng(1)
a = np.ones(3, dtype=np.int32)
b = np.linspace(0, pi, 3)
print(repr(b.dtype.name))
c = a + b
print(repr(c))
print(repr(c.dtype.name))
d = np.exp(c * 1j)
print(repr(d))
print(repr(d.dtype.name))
a = rg.random((2, 3))
print(repr(a))
print(repr(a.sum()))
print(repr(a.min()))
print(repr(a.max()))
b = np.arange(12).reshape(3, 4)
print(repr(b))

print(repr(b.sum(axis=0)))     # sum of each column

print(repr(b.min(axis=1)))     # min of each row

print(repr(b.cumsum(axis=1)))  # cumulative sum along each row
