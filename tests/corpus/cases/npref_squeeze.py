# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.squeeze docstring examples up to squeezing an axis of length 3 (ValueError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[[0], [1], [2]]])
print(repr(x.shape))
print(repr(np.squeeze(x).shape))
print(repr(np.squeeze(x, axis=0).shape))
np.squeeze(x, axis=1).shape
