# Source: https://numpy.org/doc/2.4/reference/generated/numpy.put_along_axis.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.put_along_axis docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[10, 30, 20], [60, 40, 50]])
ai = np.argmax(a, axis=1, keepdims=True)
print(repr(ai))
np.put_along_axis(a, ai, 99, axis=1)
print(repr(a))
