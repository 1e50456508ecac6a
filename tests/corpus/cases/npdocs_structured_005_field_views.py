# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, structure-to-structure assignment, a field is a view (strides 12), a multi-field index is a view, then .view('i8') of it
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.zeros(3, dtype=[('a', 'i8'), ('b', 'f4'), ('c', 'S3')])
b = np.ones(3, dtype=[('x', 'f4'), ('y', 'S3'), ('z', 'O')])
b[:] = a
print(repr(b))
x = np.array([(1,2),(3,4)], dtype=[('foo', 'i8'), ('bar', 'f4')])
print(repr(x['foo']))
x['foo'] = 10
print(repr(x))
y = x['bar']
y[:] = 10
print(repr(x))
print(repr((y.dtype, y.shape, y.strides)))
a = np.zeros(3, dtype=[('a', 'i4'), ('b', 'i4'), ('c', 'f4')])
print(repr(a[['a', 'c']]))
a[['a','c']].view('i8')  # will fail in Numpy 1.16
