# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Modifying array values" (readwrite in a with block) and "Using an external loop"
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape(2,3)
print(repr(a))
with np.nditer(a, op_flags=['readwrite']) as it:
   for x in it:
       x[...] = 2 * x

print(repr(a))
a = np.arange(6).reshape(2,3)
for x in np.nditer(a, flags=['external_loop']):
    print(x, end=' ')

for x in np.nditer(a, flags=['external_loop'], order='F'):
    print(x, end=' ')

