# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.compress docstring examples: along axis 0 and 1, and on the flattened array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2], [3, 4], [5, 6]])
print(repr(a))
print(repr(np.compress([0, 1], a, axis=0)))
print(repr(np.compress([False, True, True], a, axis=0)))
print(repr(np.compress([False, True], a, axis=1)))
print(repr(np.compress([False, True], a)))
