# Source: https://numpy.org/doc/2.4/reference/generated/numpy.meshgrid.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.meshgrid docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
nx, ny = (3, 2)
x = np.linspace(0, 1, nx)
y = np.linspace(0, 1, ny)
xv, yv = np.meshgrid(x, y)
print(repr(xv))
print(repr(yv))
