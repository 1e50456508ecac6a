# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.argmax docstring examples: flat and per-axis, a.flat, unravel_index, first occurrence, take_along_axis, keepdims
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape(2,3) + 10
print(repr(a))
print(repr(np.argmax(a)))
print(repr(np.argmax(a, axis=0)))
print(repr(np.argmax(a, axis=1)))
print(repr(a.flat[np.argmax(a)]))
ind = np.unravel_index(np.argmax(a, axis=None), a.shape)
print(repr(ind))
print(repr(a[ind]))
b = np.arange(6)
b[1] = 5
print(repr(b))
print(repr(np.argmax(b)))  # Only the first occurrence is returned.
x = np.array([[4,2,3], [1,0,3]])
index_array = np.argmax(x, axis=-1)
# Same as np.amax(x, axis=-1, keepdims=True)
print(repr(np.take_along_axis(x, np.expand_dims(index_array, axis=-1), axis=-1)))
# Same as np.amax(x, axis=-1)
print(repr(np.take_along_axis(x, np.expand_dims(index_array, axis=-1),
    axis=-1).squeeze(axis=-1)))
x = np.arange(24).reshape((2, 3, 4))
res = np.argmax(x, axis=1, keepdims=True)
print(repr(res.shape))
