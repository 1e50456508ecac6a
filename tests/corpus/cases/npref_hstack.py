# Source: https://numpy.org/doc/2.4/reference/generated/numpy.hstack.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.hstack docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array((1,2,3))
b = np.array((4,5,6))
print(repr(np.hstack((a,b))))
a = np.array([[1],[2],[3]])
b = np.array([[4],[5],[6]])
print(repr(np.hstack((a,b))))
