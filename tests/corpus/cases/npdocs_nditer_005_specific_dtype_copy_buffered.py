# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Iterating as a specific data type": complex128 through a temporary copy and through buffering, then float32 under 'safe' casting (TypeError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape(2,3) - 3
for x in np.nditer(a, op_flags=['readonly','copy'],
                op_dtypes=['complex128']):
    print(np.sqrt(x), end=' ')

for x in np.nditer(a, flags=['buffered'], op_dtypes=['complex128']):
    print(np.sqrt(x), end=' ')

a = np.arange(6.)
for x in np.nditer(a, flags=['buffered'], op_dtypes=['float32']):
    print(x, end=' ')

