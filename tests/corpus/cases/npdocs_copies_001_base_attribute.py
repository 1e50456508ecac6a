# Source: https://github.com/numpy/numpy/blob/010971e968e71401cfadf4ca7760cb896a718dba/doc/source/user/basics.copies.rst
# What: Copies and views, "How to tell if the array is a view or a copy" (.base after reshape and advanced indexing)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(9)
print(repr(x))
y = x.reshape(3, 3)
print(repr(y))
print(repr(y.base))  # .reshape() creates a view
z = y[[2, 1]]
print(repr(z))
print(repr(z.base is None))  # advanced indexing creates a copy
