# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Single array iteration" and "Controlling iteration order": memory order of a.T vs a C copy, order='F'/'C'
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape(2,3)
for x in np.nditer(a):
    print(x, end=' ')

a = np.arange(6).reshape(2,3)
for x in np.nditer(a.T):
    print(x, end=' ')

for x in np.nditer(a.T.copy(order='C')):
    print(x, end=' ')

a = np.arange(6).reshape(2,3)
for x in np.nditer(a, order='F'):
    print(x, end=' ')

for x in np.nditer(a.T, order='C'):
    print(x, end=' ')

