# Source: https://github.com/rougier/from-python-to-numpy/blob/32c033a0eb6b6903554ba0b8497aea2fb63fecba/03-anatomy.rst
# What: From Python to NumPy (N. Rougier), "Anatomy of an array", "Conclusion" exercise: is Z2 a view of Z1, and its step from strides (cut before np.byte_bounds, which NumPy 2 removed from the main namespace)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
Z1 = np.arange(10)
Z2 = Z1[1:-1:2]
print(Z2.base is Z1)
step = Z2.strides[0] // Z1.strides[0]
print(step)
