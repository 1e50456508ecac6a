# Source: https://github.com/numpy/numpy/blob/017a9692e80721b65b9614185b18b83e62bcf35f/numpy/doc/structured_arrays.py
# What: Structured arrays (user guide, NumPy 1.16 text), "Introduction": a name/age/weight record array, x[1], assigning a field
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([('Rex', 9, 81.0), ('Fido', 3, 27.0)],
             dtype=[('name', 'U10'), ('age', 'i4'), ('weight', 'f4')])
print(repr(x))
print(repr(x[1]))
print(repr(x['age']))
x['age'] = 5
print(repr(x))
