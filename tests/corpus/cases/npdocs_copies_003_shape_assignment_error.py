# Source: https://github.com/numpy/numpy/blob/010971e968e71401cfadf4ca7760cb896a718dba/doc/source/user/basics.copies.rst
# What: Copies and views, "Other operations": setting .shape on a non-contiguous view raises AttributeError
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.ones((2, 3))
y = x.T  # makes the array non-contiguous
print(repr(y))
z = y.view()
z.shape = 6
