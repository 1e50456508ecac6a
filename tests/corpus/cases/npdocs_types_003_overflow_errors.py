# Source: https://github.com/numpy/numpy/blob/acc73d7ec32c771ce0ddba1811f9ee51e15ecada/doc/source/user/basics.types.rst
# What: Data types, "Overflow errors": np.power with int64/int32/float64 dtype, iinfo bounds
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.power(100, 9, dtype=np.int64)))
print(repr(np.power(100, 9, dtype=np.int32)))
print(repr(np.iinfo(int))) # Bounds of the default integer on this system.
print(repr(np.iinfo(np.int32))) # Bounds of a 32-bit integer
print(repr(np.iinfo(np.int64))) # Bounds of a 64-bit integer
print(repr(np.power(100, 100, dtype=np.int64))) # Incorrect even with 64-bit int
print(repr(np.power(100, 100, dtype=np.float64)))
