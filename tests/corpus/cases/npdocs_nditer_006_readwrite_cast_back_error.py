# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), buffered readwrite iteration of an int array as float64 (TypeError on casting back)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6)
for x in np.nditer(a, flags=['buffered'], op_flags=['readwrite'],
                op_dtypes=['float64'], casting='same_kind'):
    x[...] = x / 2.0

