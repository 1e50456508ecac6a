# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, "Record Arrays": np.rec.array attribute access and slices, then the page's bare `array(...)` (NameError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
recordarr = np.rec.array([(1,2.,'Hello'),(2,3.,"World")],
                   dtype=[('foo', 'i4'),('bar', 'f4'), ('baz', 'S10')])
print(repr(recordarr.bar))
print(repr(recordarr[1:2]))
print(repr(recordarr[1:2].foo))
print(repr(recordarr.foo[1:2]))
print(repr(recordarr[1].baz))
arr = array([(1,2.,'Hello'),(2,3.,"World")],
            dtype=[('foo', 'i4'), ('bar', 'f4'), ('baz', 'S10')])
recordarr = np.rec.array(arr)
