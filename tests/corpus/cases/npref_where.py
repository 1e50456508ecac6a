# Source: https://numpy.org/doc/2.4/reference/generated/numpy.where.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.where docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(10)
print(repr(a))
print(repr(np.where(a < 5, a, 10*a)))
print(repr(np.where([[True, False], [True, True]],
         [[1, 2], [3, 4]],
         [[9, 8], [7, 6]])))
x, y = np.ogrid[:3, :4]
print(repr(np.where(x < y, x, 10 + y)))  # both x and 10+y are broadcast
a = np.array([[0, 1, 2],
              [0, 2, 4],
              [0, 3, 6]])
print(repr(np.where(a < 4, a, -1)))  # -1 is broadcast
