# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.sort.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.sort docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1,4], [3,1]])
a.sort(axis=1)
print(repr(a))
a.sort(axis=0)
print(repr(a))
a = np.array([('a', 2), ('c', 1)], dtype=[('x', 'S1'), ('y', int)])
a.sort(order='y')
print(repr(a))
