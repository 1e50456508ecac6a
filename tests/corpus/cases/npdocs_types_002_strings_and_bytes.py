# Source: https://github.com/numpy/numpy/blob/acc73d7ec32c771ce0ddba1811f9ee51e15ecada/doc/source/user/basics.types.rst
# What: Data types, "Data Types for Strings and Bytes": U widths, S7 tobytes padding, trailing nulls lost, V7 void round trip
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.array(["hello", "world!"])))
print(repr(np.array(["hello", "world!"], dtype="U5")))
print(repr(np.array(["hello", "world!"], dtype="U7")))
print(repr(np.array(["hello", "world"], dtype="S7").tobytes()))
x = [b"hello\0\0", b"world"]
a = np.array(x, dtype="S7")
print(a[0])
print(repr(a[0] == x[0]))
a = np.array(x, dtype="V7")
print(repr(a))
print(repr(a[0] == np.void(x[0])))
