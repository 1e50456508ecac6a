# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Alternative looping and element access" (it.finished, iternext) and "Buffering the array elements"
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(6).reshape(2,3)
it = np.nditer(a, flags=['f_index'])
while not it.finished:
    print("%d <%d>" % (it[0], it.index), end=' ')
    is_not_finished = it.iternext()

it = np.nditer(a, flags=['multi_index'])
while not it.finished:
    print("%d <%s>" % (it[0], it.multi_index), end=' ')
    is_not_finished = it.iternext()

with np.nditer(a, flags=['multi_index'], op_flags=['writeonly']) as it:
    while not it.finished:
        it[0] = it.multi_index[1] - it.multi_index[0]
        is_not_finished = it.iternext()

print(repr(a))
a = np.arange(6).reshape(2,3)
for x in np.nditer(a, flags=['external_loop'], order='F'):
    print(x, end=' ')

for x in np.nditer(a, flags=['external_loop','buffered'], order='F'):
    print(x, end=' ')

