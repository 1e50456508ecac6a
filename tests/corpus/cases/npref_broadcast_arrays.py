# Source: https://numpy.org/doc/2.4/reference/generated/numpy.broadcast_arrays.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.broadcast_arrays docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1,2,3]])
y = np.array([[4],[5]])
print(repr(np.broadcast_arrays(x, y)))
print(repr([np.array(a) for a in np.broadcast_arrays(x, y)]))
