# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.sort docstring examples: a sorted copy along the last axis, flattened, along axis 0; a structured array (its order= calls are +SKIP)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([[1,4],[3,1]])
print(repr(np.sort(a)))                # sort along the last axis
print(repr(np.sort(a, axis=None)))     # sort the flattened array
print(repr(np.sort(a, axis=0)))        # sort along the first axis
dtype = [('name', 'S10'), ('height', float), ('age', int)]
values = [('Arthur', 1.8, 41), ('Lancelot', 1.9, 38),
          ('Galahad', 1.7, 38)]
a = np.array(values, dtype=dtype)       # create a structured array
