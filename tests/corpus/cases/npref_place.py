# Source: https://numpy.org/doc/2.4/reference/generated/numpy.place.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.place docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
arr = np.arange(6).reshape(2, 3)
np.place(arr, arr>2, [44, 55])
print(repr(arr))
