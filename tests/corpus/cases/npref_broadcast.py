# Source: https://numpy.org/doc/2.4/reference/generated/numpy.broadcast.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.broadcast docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1], [2], [3]])
y = np.array([4, 5, 6])
b = np.broadcast(x, y)
out = np.empty(b.shape)
out.flat = [u+v for (u,v) in b]
print(repr(out))
print(repr(x + y))
