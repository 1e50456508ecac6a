# Source: https://github.com/numpy/numpy/blob/acc73d7ec32c771ce0ddba1811f9ee51e15ecada/doc/source/user/basics.types.rst
# What: Data types, "Array types and conversions between types": dtype=np.uint8, character codes, issubdtype, astype, casting="same_value"
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
z = np.arange(3, dtype=np.uint8)
print(repr(z))
print(repr(np.array([1, 2, 3], dtype='f')))
print(repr(np.array([1, 2, 3], dtype='d')))
print(repr(z.dtype))
d = np.dtype(np.int64)
print(repr(d))
print(repr(np.issubdtype(d, np.integer)))
print(repr(np.issubdtype(d, np.floating)))
print(repr(z.astype(np.float64)))                 #doctest: +NORMALIZE_WHITESPACE
print(repr(z.astype(np.float64, casting="same_value")))   #doctest: +NORMALIZE_WHITESPACE
