# Source: https://github.com/numpy/numpy/blob/4ba05ef7fa21346b1f577413f5ffc3494ef0d4ca/doc/source/user/basics.ufuncs.rst
# What: Universal functions (ufunc) basics: the addition example and "Ufunc methods" (reduce with axis, dtype, out)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.array([0,2,3,4]) + np.array([1,1,-1,2])))
x = np.arange(9).reshape(3,3)
print(repr(x))
print(repr(np.add.reduce(x, 1)))
print(repr(np.add.reduce(x, (0, 1))))
print(repr(x.dtype))
print(repr(np.multiply.reduce(x, dtype=float)))
y = np.zeros(3, dtype=int)
print(repr(y))
print(repr(np.multiply.reduce(x, dtype=float, out=y)))
