# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.squeeze docstring examples after the error: axis=2, squeezing (1, 1) to a 0-d array, [()]
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: import numpy as np; x = np.array([[[0], [1], [2]]]) (copied from earlier on the same page)
import numpy as np
x = np.array([[[0], [1], [2]]])
print(repr(np.squeeze(x, axis=2).shape))
x = np.array([[1234]])
print(repr(x.shape))
print(repr(np.squeeze(x)))
print(repr(np.squeeze(x).shape))
print(repr(np.squeeze(x)[()]))
