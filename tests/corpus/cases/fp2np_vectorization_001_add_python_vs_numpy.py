# Source: https://github.com/rougier/from-python-to-numpy/blob/f476c2b1b089b51c7ec1a0974739f6b6f72ade8a/04-code-vectorization.rst
# What: From Python to NumPy (N. Rougier), "Code vectorization", "Introduction": add_python vs add_numpy on nested lists (the random.sample/timeit benchmark block is left out: timings)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
def add_python(Z1,Z2):
    return [z1+z2 for (z1,z2) in zip(Z1,Z2)]
def add_numpy(Z1,Z2):
    return np.add(Z1,Z2)
Z1 = [[1, 2], [3, 4]]
Z2 = [[5, 6], [7, 8]]
print(repr(Z1 + Z2))
print(repr(add_python(Z1, Z2)))
print(repr(add_numpy(Z1, Z2)))
