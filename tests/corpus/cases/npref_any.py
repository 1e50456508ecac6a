# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.any docstring examples: axes, nan/inf, keepdims, where=, out= returns the out array itself
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the id() line is marked +SKIP and left out
import numpy as np
print(repr(np.any([[True, False], [True, True]])))
print(repr(np.any([[True,  False, True ],
        [False, False, False]], axis=0)))
print(repr(np.any([-1, 0, 5])))
print(repr(np.any([[np.nan], [np.inf]], axis=1, keepdims=True)))
print(repr(np.any([[True, False], [False, False]], where=[[False], [True]])))
a = np.array([[1, 0, 0],
              [0, 0, 1],
              [0, 0, 0]])
print(repr(np.any(a, axis=0)))
print(repr(np.any(a, axis=1)))
o=np.array(False)
z=np.any([-1, 4, 5], out=o)
print(repr((z, o)))
# Check now that z is a reference to o
print(repr(z is o))
