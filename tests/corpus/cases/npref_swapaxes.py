# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.swapaxes docstring examples (a view of a): 2-d and 3-d
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1,2,3]])
print(repr(np.swapaxes(x,0,1)))
x = np.array([[[0,1],[2,3]],[[4,5],[6,7]]])
print(repr(x))
print(repr(np.swapaxes(x,0,2)))
