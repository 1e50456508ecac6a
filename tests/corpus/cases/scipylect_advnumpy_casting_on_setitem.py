# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", Casting on setitem: y[:] = y + 1.5 keeps int8
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: x = np.array([1, 2, 3, 4], dtype=float); y = x.astype(np.int8) (copied from earlier on the same page)
import numpy as np
x = np.array([1, 2, 3, 4], dtype=float)
y = x.astype(np.int8)
y[:] = y + 1.5
print(repr(y))
