# Source: https://github.com/numpy/numpy/blob/04282f58357ee141a197067ba20eb022dafb8ad9/doc/source/user/basics.creation.rst
# What: Array creation, "general ndarray creation functions": zeros, ones, then the page's `import numpy.random.default_rng` (ModuleNotFoundError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(np.zeros((2, 3))))
print(repr(np.zeros((2, 3, 2))))
print(repr(np.ones((2, 3))))
print(repr(np.ones((2, 3, 2))))
import numpy.random.default_rng
print(repr(default_rng(42).random((2,3))))
