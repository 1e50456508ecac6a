# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.setflags.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.setflags docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
y = np.array([[3, 1, 7],
              [2, 0, 0],
              [8, 5, 9]])
print(repr(y))
print(repr(y.flags))
y.setflags(write=0, align=0)
print(repr(y.flags))
y.setflags(uic=1)
