# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", Indexing scheme: strides, byte offsets, C and Fortran order, tobytes('A') of a transpose and its copy
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int8)
print(repr(x.tobytes('A')))
print(repr(x.strides))
byte_offset = 3 * 1 + 1 * 2  # to find x[1, 2]
print(repr(x.flat[byte_offset]))
print(repr(x[1, 2]))
x = np.array([[1, 2, 3],
              [4, 5, 6]], dtype=np.int16, order='C')
print(repr(x.strides))
print(repr(x.tobytes('A')))
y = np.array(x, order='F')
print(repr(y.strides))
print(repr(y.tobytes('A')))
y = np.array([[1, 3], [2, 4]], dtype=np.uint8).transpose()
x = y.copy()
print(repr(x.strides))
print(repr(y.strides))
print(repr(x.tobytes('A')))
print(repr(y.tobytes('A')))
