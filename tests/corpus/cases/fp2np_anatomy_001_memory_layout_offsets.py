# Source: https://github.com/rougier/from-python-to-numpy/blob/32c033a0eb6b6903554ba0b8497aea2fb63fecba/03-anatomy.rst
# What: From Python to NumPy (N. Rougier), "Anatomy of an array", "Memory layout": itemsize, shape, strides and the offset loop
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the last statement of the section, `print(Z.tobytes()[offset_start:offset_end]`, lacks its closing parenthesis (a SyntaxError) and is left out
import numpy as np
Z = np.arange(9).reshape(3,3).astype(np.int16)
print(Z.itemsize)
print(Z.shape)
print(Z.ndim)
strides = Z.shape[1]*Z.itemsize, Z.itemsize
print(strides)
print(Z.strides)
Z = np.arange(9).reshape(3, 3).astype(np.int16)
index = 1, 1
print(Z[index].tobytes())
offset_start = 0
for i in range(Z.ndim):
    offset_start += Z.strides[i] * index[i]
offset_end = offset_start + Z.itemsize
