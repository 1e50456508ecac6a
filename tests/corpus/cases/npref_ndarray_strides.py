# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.strides.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.strides docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
y = np.reshape(np.arange(2 * 3 * 4, dtype=np.int32), (2, 3, 4))
print(repr(y))
print(repr(y.strides))
print(repr(y[1, 1, 1]))
offset = sum(y.strides * np.array((1, 1, 1)))
print(repr(offset // y.itemsize))
x = np.reshape(np.arange(5*6*7*8, dtype=np.int32), (5, 6, 7, 8))
x = x.transpose(2, 3, 1, 0)
print(repr(x.strides))
i = np.array([3, 5, 2, 2], dtype=np.int32)
offset = sum(i * x.strides)
print(repr(x[3, 5, 2, 2]))
print(repr(offset // x.itemsize))
