# Source: https://numpy.org/doc/2.4/reference/generated/numpy.flip.html (the docstring's Examples, as installed with NumPy 2.4.6)
# What: numpy.flip docstring examples
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
A = np.arange(8).reshape((2,2,2))
print(repr(A))
print(repr(np.flip(A, 0)))
print(repr(np.flip(A, 1)))
print(repr(np.flip(A)))
print(repr(np.flip(A, (0, 2))))
rng = np.random.default_rng()
A = rng.normal(size=(3,4,5))
print(repr(np.all(np.flip(A,2) == A[:,:,::-1,...])))
