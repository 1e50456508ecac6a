# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.resize docstring examples: a new array filled with repeated copies
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[0,1],[2,3]])
print(repr(np.resize(a,(2,3))))
print(repr(np.resize(a,(1,4))))
print(repr(np.resize(a,(2,4))))
