# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", Casting: astype copies; int8 + Python int 256 (NumPy 2 raises OverflowError where the page shows int16)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3, 4], dtype=float)
print(repr(x))
y = x.astype(np.int8)
print(repr(y))
print(repr(y + 1))
print(repr(y + 256))
print(repr(y + 256.0))
print(repr(y + np.array([256], dtype=np.int32)))
