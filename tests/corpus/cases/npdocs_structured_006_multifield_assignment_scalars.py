# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, repack_fields, multi-field assignment and swap, structured scalars are views, item(), structure comparison
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')]) (copied from earlier on the same page)
import numpy as np
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])
from numpy.lib.recfunctions import repack_fields
print(repr(repack_fields(a[['a','c']]).view('i8')))  # supported 1.15 and 1.16
a[['a', 'c']] = (2, 3)
print(repr(a))
a[['a', 'c']] = a[['c', 'a']]
x = np.array([(1, 2., 3.)], dtype='i,f,f')
scalar = x[0]
print(repr(scalar))
print(repr(type(scalar)))
x = np.array([(1,2),(3,4)], dtype=[('foo', 'i8'), ('bar', 'f4')])
s = x[0]
s['bar'] = 100
print(repr(x))
scalar = np.array([(1, 2., 3.)], dtype='i,f,f')[0]
print(repr(scalar[0]))
scalar[1] = 4
print(repr((scalar.item(), type(scalar.item()))))
a = np.zeros(2, dtype=[('a', 'i4'), ('b', 'i4')])
b = np.ones(2, dtype=[('a', 'i4'), ('b', 'i4')])
print(repr(a == b))
