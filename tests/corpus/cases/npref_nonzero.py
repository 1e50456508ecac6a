# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.nonzero docstring examples: index tuples, transpose of them, a condition, the method form
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[3, 0, 0], [0, 4, 0], [5, 6, 0]])
print(repr(x))
print(repr(np.nonzero(x)))
print(repr(x[np.nonzero(x)]))
print(repr(np.transpose(np.nonzero(x))))
a = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(repr(a > 3))
print(repr(np.nonzero(a > 3)))
print(repr(a[np.nonzero(a > 3)]))
print(repr(a[a > 3]))  # prefer this spelling
print(repr((a > 3).nonzero()))
