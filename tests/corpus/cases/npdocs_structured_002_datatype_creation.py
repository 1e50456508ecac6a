# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays, "Structured Datatype Creation" forms 1-3: list of tuples, comma-separated string, dict with offsets and itemsize
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: form 4 is left out: the page's `np.dtype=({...})` rebinds np.dtype
import numpy as np
print(repr(np.dtype([('x', 'f4'), ('y', np.float32), ('z', 'f4', (2,2))])))
print(repr(np.dtype([('x', 'f4'),('', 'i4'),('z', 'i8')])))
print(repr(np.dtype('i8,f4,S3')))
print(repr(np.dtype('3int8, float32, (2,3)float64')))
print(repr(np.dtype({'names': ['col1', 'col2'], 'formats': ['i4','f4']})))
print(repr(np.dtype({'names': ['col1', 'col2'],
          'formats': ['i4','f4'],
          'offsets': [0, 4],
          'itemsize': 12})))
