# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.take docstring examples: take from a list, the same by fancy indexing, 2-d indices
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = [4, 3, 5, 7, 6, 8]
indices = [0, 1, 4]
print(repr(np.take(a, indices)))
a = np.array(a)
print(repr(a[indices]))
print(repr(np.take(a, [[0, 1], [2, 3]])))
