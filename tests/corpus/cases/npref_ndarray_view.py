# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.view.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.view docstring examples (up to the error)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([(-1, 2)], dtype=[('a', np.int8), ('b', np.int8)])
nonneg = np.dtype([("a", np.uint8), ("b", np.uint8)])
y = x.view(dtype=nonneg, type=np.recarray)
print(repr(x["a"]))
print(repr(y.a))
x = np.array([(1, 2),(3,4)], dtype=[('a', np.int8), ('b', np.int8)])
xv = x.view(dtype=np.int8).reshape(-1,2)
print(repr(xv))
print(repr(xv.mean(0)))
xv[0,1] = 20
print(repr(x))
z = x.view(np.recarray)
print(repr(z.a))
x[0] = (9, 10)
print(repr(z[0]))
x = np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int16)
y = x[:, ::2]
print(repr(y))
y.view(dtype=[('width', np.int16), ('length', np.int16)])
