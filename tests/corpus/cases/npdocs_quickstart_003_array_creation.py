# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Array creation" after the error: nested sequences, dtype=complex, zeros, ones, arange, linspace
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2, 3, 4])  # RIGHT
b = np.array([(1.5, 2, 3), (4, 5, 6)])
print(repr(b))
c = np.array([[1, 2], [3, 4]], dtype=complex)
print(repr(c))
print(repr(np.zeros((3, 4))))
print(repr(np.ones((2, 3, 4), dtype=np.int16)))
print(repr(np.arange(10, 30, 5)))
print(repr(np.arange(0, 2, 0.3)))  # it accepts float arguments
from numpy import pi
print(repr(np.linspace(0, 2, 9)))                   # 9 numbers from 0 to 2
x = np.linspace(0, 2 * pi, 100)        # useful to evaluate function at lots of points
f = np.sin(x)
