# Source: https://github.com/numpy/numpy/blob/04282f58357ee141a197067ba20eb022dafb8ad9/doc/source/user/basics.creation.rst
# What: Array creation, "Converting Python sequences": 128 and 129 given to an int8 array (the page shows wraparound; NumPy 2 raises OverflowError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([127, 128, 129], dtype=np.int8)
print(repr(a))
