# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, "Manipulating and Displaying Structured Datatypes" to "Field Titles": names, fields, packed vs aligned offsets, titles
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
d = np.dtype([('x', 'i8'), ('y', 'f4')])
print(repr(d.names))
print(repr(d.fields))
def print_offsets(d):
    print("offsets:", [d.fields[name][1] for name in d.names])
    print("itemsize:", d.itemsize)
print(repr(print_offsets(np.dtype('u1,u1,i4,u1,i8,u2'))))
print(repr(print_offsets(np.dtype('u1,u1,i4,u1,i8,u2', align=True))))
np.dtype([(('my title', 'name'), 'f4')])
np.dtype({'name': ('i4', 0, 'my title')})
for name in d.names:
    print(d.fields[name][:2])
