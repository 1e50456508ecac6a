# Source: https://numpy.org/doc/2.4/reference/generated/numpy.ndarray.byteswap.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.ndarray.byteswap docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
A = np.array([1, 256, 8755], dtype=np.int16)
print(repr(list(map(hex, A))))
print(repr(A.byteswap(inplace=True)))
print(repr(list(map(hex, A))))
A = np.array([b'ceg', b'fac'])
print(repr(A.byteswap()))
A = np.array([1, 2, 3],dtype=np.int64)
print(repr(A.view(np.uint8)))
print(repr(A.view(A.dtype.newbyteorder()).byteswap(inplace=True)))
print(repr(A.view(np.uint8)))
