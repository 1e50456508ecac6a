# Source: https://github.com/numpy/numpy/blob/04282f58357ee141a197067ba20eb022dafb8ad9/doc/source/user/basics.creation.rst
# What: Array creation, "Replicating, joining, or mutating existing arrays": b = a[:2]; b += 1 writes into a; a[:2].copy() does not
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2, 3, 4, 5, 6])
b = a[:2]
b += 1
print('a = ', a, 'b = ', b)
a = np.array([1, 2, 3, 4])
b = a[:2].copy()
b += 1
print('a = ', a, 'b = ', b)
