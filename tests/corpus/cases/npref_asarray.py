# Source: https://numpy.org/doc/2.4/reference/generated/numpy.asarray.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.asarray docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
a = [1, 2]
import numpy as np
print(repr(np.asarray(a)))
a = np.array([1, 2])
print(repr(np.asarray(a) is a))
a = np.array([1, 2], dtype=np.float32)
print(repr(np.shares_memory(np.asarray(a, dtype=np.float32), a)))
print(repr(np.shares_memory(np.asarray(a, dtype=np.float64), a)))
print(repr(issubclass(np.recarray, np.ndarray)))
a = np.array([(1., 2), (3., 4)], dtype='f4,i4').view(np.recarray)
print(repr(np.asarray(a) is a))
print(repr(np.asanyarray(a) is a))
