# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Basic operations" up to a += b with a float b (UFuncTypeError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([20, 30, 40, 50])
b = np.arange(4)
print(repr(b))
c = a - b
print(repr(c))
print(repr(b**2))
print(repr(10 * np.sin(a)))
print(repr(a < 35))
A = np.array([[1, 1],
              [0, 1]])
B = np.array([[2, 0],
              [3, 4]])
print(repr(A * B))     # elementwise product
print(repr(A @ B))     # matrix product
print(repr(A.dot(B)))  # another matrix product
rg = np.random.default_rng(1)  # create instance of default random number generator
a = np.ones((2, 3), dtype=int)
b = rg.random((2, 3))
a *= 3
print(repr(a))
b += a
print(repr(b))
a += b  # b is not automatically converted to integer type
