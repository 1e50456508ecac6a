# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.clip docstring examples: min > max, in-place clipping with out=a, array bounds
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(10)
print(repr(a))
print(repr(np.clip(a, 1, 8)))
print(repr(np.clip(a, 8, 1)))
print(repr(np.clip(a, 3, 6, out=a)))
print(repr(a))
a = np.arange(10)
print(repr(a))
print(repr(np.clip(a, [3, 4, 1, 1, 1, 4, 4, 4, 4, 4], 8)))
