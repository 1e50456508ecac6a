# Source: https://github.com/numpy/numpy/blob/010971e968e71401cfadf4ca7760cb896a718dba/doc/source/user/basics.copies.rst
# What: Copies and views, "Indexing operations": a basic slice is a view, advanced indexing a copy, assignment in place
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10)
print(repr(x))
y = x[1:3]  # creates a view
print(repr(y))
x[1:3] = [10, 11]
print(repr(x))
print(repr(y))
x = np.arange(9).reshape(3, 3)
print(repr(x))
y = x[[1, 2]]
print(repr(y))
print(repr(y.base is None))
x[[1, 2]] = [[10, 11, 12], [13, 14, 15]]
print(repr(x))
print(repr(y))
