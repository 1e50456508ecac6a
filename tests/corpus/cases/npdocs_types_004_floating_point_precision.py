# Source: https://github.com/numpy/numpy/blob/acc73d7ec32c771ce0ddba1811f9ee51e15ecada/doc/source/user/basics.types.rst
# What: Data types, "Floating point precision": 0.3 - 0.2 - 0.1 and np.isclose
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
print(repr(0.3 - 0.2 - 0.1))  # This does not equal 0 due to floating-point precision
print(repr(np.isclose(0.3 - 0.2 - 0.1, 0, rtol=1e-05)))  # Check for closeness to 0
