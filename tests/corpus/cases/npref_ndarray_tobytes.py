# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.tobytes.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.tobytes docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[0, 1], [2, 3]], dtype='<u2')
print(repr(x.tobytes()))
print(repr(x.tobytes('C') == x.tobytes()))
print(repr(x.tobytes('F')))
