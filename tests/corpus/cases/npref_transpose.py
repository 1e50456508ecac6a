# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.transpose docstring examples: 2-d, 1-d unchanged, axes permutations with negative axes
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1, 2], [3, 4]])
print(repr(a))
print(repr(np.transpose(a)))
a = np.array([1, 2, 3, 4])
print(repr(a))
print(repr(np.transpose(a)))
a = np.ones((1, 2, 3))
print(repr(np.transpose(a, (1, 0, 2)).shape))
a = np.ones((2, 3, 4, 5))
print(repr(np.transpose(a).shape))
a = np.arange(3*4*5).reshape((3, 4, 5))
print(repr(np.transpose(a, (-1, 0, -2)).shape))
