# Source: https://numpy.org/doc/2.4/reference/generated/numpy.copy.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.copy docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3])
y = x
z = np.copy(x)
x[0] = 10
print(repr(x[0] == y[0]))
print(repr(x[0] == z[0]))
a = np.array([1, 2, 3])
a.flags["WRITEABLE"] = False
b = np.copy(a)
print(repr(b.flags["WRITEABLE"]))
b[0] = 3
print(repr(b))
