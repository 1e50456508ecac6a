# Source: https://numpy.org/doc/2.4/reference/generated/numpy.fill_diagonal.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.fill_diagonal docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.zeros((3, 3), int)
np.fill_diagonal(a, 5)
print(repr(a))
a = np.zeros((3, 3, 3, 3), int)
np.fill_diagonal(a, 4)
print(repr(a[0, 0]))
print(repr(a[1, 1]))
print(repr(a[2, 2]))
# tall matrices no wrap
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4)
print(repr(a))
# tall matrices wrap
a = np.zeros((5, 3), int)
np.fill_diagonal(a, 4, wrap=True)
print(repr(a))
# wide matrices
a = np.zeros((3, 5), int)
np.fill_diagonal(a, 4, wrap=True)
print(repr(a))
a = np.zeros((3, 3), int);
np.fill_diagonal(np.fliplr(a), [1,2,3])  # Horizontal flip
print(repr(a))
np.fill_diagonal(np.flipud(a), [1,2,3])  # Vertical flip
print(repr(a))
