# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.diagonal docstring examples: offsets, 3-d diagonals, anti-diagonals through fliplr/flipud (read-only views)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(4).reshape(2,2)
print(repr(a))
print(repr(a.diagonal()))
print(repr(a.diagonal(1)))
a = np.arange(8).reshape(2,2,2); print(repr(a))
print(repr(a.diagonal(0,  # Main diagonals of two arrays created by skipping
           0,  # across the outer(left)-most axis last and
           1)))  # the "middle" (row) axis first.
print(repr(a[:,:,0]))  # main diagonal is [0 6]
print(repr(a[:,:,1]))  # main diagonal is [1 7]
a = np.arange(9).reshape(3, 3)
print(repr(a))
print(repr(np.fliplr(a).diagonal()))  # Horizontal flip
print(repr(np.flipud(a).diagonal()))  # Vertical flip
