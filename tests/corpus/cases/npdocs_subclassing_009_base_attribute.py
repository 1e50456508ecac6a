# Source: https://github.com/numpy/numpy/blob/1949eefb2c26a89c4cadcba15923e58e95715748/doc/source/user/basics.subclassing.rst
# What: Subclassing ndarray, "Extra gotchas - custom __del__ methods and ndarray.base"
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
# A normal ndarray, that owns its own data
arr = np.zeros((4,))
# In this case, base is None
print(repr(arr.base is None))
# We take a view
v1 = arr[1:]
# base now points to the array that it derived from
print(repr(v1.base is arr))
# Take a view of a view
v2 = v1[1:]
# base points to the original array that it was derived from
print(repr(v2.base is arr))
