# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.view.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.view docstring examples, after the error: a dtype-changing view of a copy, and of a transposed array with a contiguous last axis
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16); y = x[:, ::2] (copied from earlier on the same page)
import numpy as np
x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16)
y = x[:, ::2]
z = y.copy()
print(repr(z.view(dtype=[('width', np.int16), ('length', np.int16)])))
x = np.arange(2 * 3 * 4, dtype=np.int8).reshape(2, 3, 4)
print(repr(x.transpose(1, 0, 2).view(np.int16)))
