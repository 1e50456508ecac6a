# Source: https://github.com/numpy/numpy/blob/04282f58357ee141a197067ba20eb022dafb8ad9/doc/source/user/basics.creation.rst
# What: Array creation, "1D array creation functions": arange with dtype and float step, linspace
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.arange(10)))
print(repr(np.arange(2, 10, dtype=float)))
print(repr(np.arange(2, 3, 0.1)))
print(repr(np.linspace(1., 4., 6)))
