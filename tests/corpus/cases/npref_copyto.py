# Source: https://numpy.org/doc/2.4/reference/generated/numpy.copyto.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.copyto docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
A = np.array([4, 5, 6])
B = [1, 2, 3]
np.copyto(A, B)
print(repr(A))
A = np.array([[1, 2, 3], [4, 5, 6]])
B = [[4, 5, 6], [7, 8, 9]]
np.copyto(A, B)
print(repr(A))
