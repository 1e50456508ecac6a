# Source: https://numpy.org/doc/2.4/reference/generated/numpy.may_share_memory.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.may_share_memory docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.may_share_memory(np.array([1,2]), np.array([5,8,9]))))
x = np.zeros([3, 4])
print(repr(np.may_share_memory(x[:,0], x[:,1])))
