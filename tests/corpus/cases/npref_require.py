# Source: https://numpy.org/doc/2.4/reference/generated/numpy.require.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.require docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(6).reshape(2,3)
print(repr(x.flags))
y = np.require(x, dtype=np.float32, requirements=['A', 'O', 'W', 'F'])
print(repr(y.flags))
