# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.partition docstring examples: a partitioned copy around one kth and two kth values
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([7, 1, 7, 7, 1, 5, 7, 2, 3, 2, 6, 2, 3, 0])
p = np.partition(a, 4)
print(repr(p))
p2 = np.partition(a, (4, 8))
print(repr(p2))
