import numpy as np

# Python floats floor-divide like CPython's divmod, not by flooring a / b.
print(1 // 0.1, 1 % 0.1)
print(-1 // 0.1, 7.0 // -0.7, -7.5 % 2, 0.0 // -3)
# The smallest int64 modulo -1 is 0, as in Python.
smallest = -9223372036854775807 - 1
print(smallest % -1, smallest % 7, 7 % -3)
# Ints compare exactly with floats, inside lists too.
print([2**53 + 1] == [2**53], (2**53 + 1,) == (2.0**53,), 2**53 + 1 > 2.0**53)
print([2**53].count(2**53 + 1), [1, 2.0] == [1.0, 2])
# Lengths of huge ranges are computed, not counted.
print(len(range(10**12)), len(range(10, 0, -3)), bool(range(5, 5)))
print(list(range(0, 9223372036854775807, 2**62)))
print(int(-2.9), 2 ** -2, 1 << 62)
print(5 >> -1)
