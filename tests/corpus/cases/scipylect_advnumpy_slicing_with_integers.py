# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", Slicing with integers: negative strides, data pointer offset of x[2:], strided and transposed strides, a reshape that must copy
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3, 4, 5, 6], dtype=np.int32)
y = x[::-1]
print(repr(y))
print(repr(y.strides))
y = x[2:]
print(repr(y.__array_interface__['data'][0] - x.__array_interface__['data'][0]))
x = np.zeros((10, 10, 10), dtype=float)
print(repr(x.strides))
print(repr(x[::2,::3,::4].strides))
x = np.zeros((10, 10, 10), dtype=float)
print(repr(x.strides))
print(repr(x.T.strides))
a = np.arange(6, dtype=np.int8).reshape(3, 2)
b = a.T
print(repr(b.strides))
print(repr(bytes(a.data)))
print(repr(b))
c = b.reshape(3*2)
print(repr(c))
