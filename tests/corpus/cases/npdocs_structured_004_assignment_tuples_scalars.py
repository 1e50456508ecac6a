# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, assignment from tuples and from scalars, then a two-field structure assigned to a plain array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([(1,2,3),(4,5,6)], dtype='i8,f4,f8')
x[1] = (7,8,9)
print(repr(x))
x = np.zeros(2, dtype='i8,f4,?,S1')
x[:] = 3
print(repr(x))
x[:] = np.arange(2)
print(repr(x))
twofield = np.zeros(2, dtype=[('A', 'i4'), ('B', 'i4')])
onefield = np.zeros(2, dtype=[('A', 'i4')])
nostruct = np.zeros(2, dtype='i4')
nostruct[:] = twofield
nostruct[:] = onefield
print(repr(nostruct))
