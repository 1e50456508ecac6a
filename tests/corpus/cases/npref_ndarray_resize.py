# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.resize.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.resize docstring examples (up to the error)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[0, 1], [2, 3]], order='C')
a.resize((2, 1))
print(repr(a))
a = np.array([[0, 1], [2, 3]], order='F')
a.resize((2, 1))
print(repr(a))
b = np.array([[0, 1], [2, 3]])
b.resize(2, 3) # new_shape parameter doesn't have to be a tuple
print(repr(b))
c = a
a.resize((1, 1))
