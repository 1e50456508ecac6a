# Source: https://github.com/numpy/numpy/blob/3ae13038e3f6f7471737d18886bf4de7d41a26d1/doc/source/user/how-to-index.rst
# What: How to index ndarrays, "Fetch indices of max/min values": argmax/argmin flat, per axis, keepdims=True
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(30).reshape(2, 3, 5)
print(repr(np.argmax(a)))
print(repr(np.argmin(a)))
print(repr(np.argmax(a, axis=0)))
print(repr(np.argmax(a, axis=1)))
print(repr(np.argmax(a, axis=2)))
print(repr(np.argmin(a, axis=1)))
print(repr(np.argmin(a, axis=2)))
print(repr(np.argmin(a, axis=2, keepdims=True)))
print(repr(np.argmax(a, axis=1, keepdims=True)))
