# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", fake dimensions with as_strided: a stride-4 view, zero strides, y.base.base is x, an outer product from two zero-stride views
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: help(as_strided) is marked +SKIP and left out
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.array([1, 2, 3, 4], dtype=np.int16)
print(repr(as_strided(x, strides=(2*2, ), shape=(2, ))))
print(repr(x[::2]))
x = np.array([1, 2, 3, 4], dtype=np.int8)
y = as_strided(x, strides=(0, 1), shape=(3, 4))
print(repr(y))
print(repr(y.base.base is x))
x = np.array([1, 2, 3, 4], dtype=np.int16)
x2 = as_strided(x, strides=(0, 1*2), shape=(3, 4))
print(repr(x2))
y = np.array([5, 6, 7], dtype=np.int16)
y2 = as_strided(y, strides=(1*2, 0), shape=(3, 4))
print(repr(y2))
print(repr(x2 * y2))
x = np.array([1, 2, 3, 4], dtype=np.int16)
y = np.array([5, 6, 7], dtype=np.int16)
print(repr(x[np.newaxis,:] * y[:,np.newaxis]))
