# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.put docstring examples: in-place writes at flat indices, mode='clip'
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(5)
np.put(a, [0, 2], [-44, -55])
print(repr(a))
a = np.arange(5)
np.put(a, 22, -5, mode='clip')
print(repr(a))
