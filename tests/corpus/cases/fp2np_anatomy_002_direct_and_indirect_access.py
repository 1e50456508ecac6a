# Source: https://github.com/rougier/from-python-to-numpy/blob/32c033a0eb6b6903554ba0b8497aea2fb63fecba/03-anatomy.rst
# What: From Python to NumPy (N. Rougier), "Anatomy of an array", "Views and copies", "Direct and indirect access" (the unseeded uniform array is never printed)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
Z = np.zeros(9)
Z_view = Z[:3]
Z_view[...] = 1
print(Z)
Z = np.zeros(9)
Z_copy = Z[[0,1,2]]
Z_copy[...] = 1
print(Z)
Z = np.zeros(9)
index = [0,1,2]
Z[index] = 1
print(Z)
Z = np.random.uniform(0,1,(5,5))
Z1 = Z[:3,:]
Z2 = Z[[0,1,2], :]
print(np.allclose(Z1,Z2))
print(Z1.base is Z)
print(Z2.base is Z)
print(Z2.base is None)
Z = np.zeros((5,5))
print(repr(Z.ravel().base is Z))
print(repr(Z[::2,::2].ravel().base is Z))
print(repr(Z.flatten().base is Z))
