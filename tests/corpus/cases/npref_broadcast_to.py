# Source: https://numpy.org/doc/2.4/reference/generated/numpy.broadcast_to.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.broadcast_to docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3])
print(repr(np.broadcast_to(x, (3, 3))))
