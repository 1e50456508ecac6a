# Source: https://github.com/numpy/numpy/blob/00a73a67bf43711ed0313e6140713990043893ba/numpy/_core/fromnumeric.py
# What: numpy.argsort docstring examples: 1-d, along each axis with take_along_axis, unravel_index, order= on a structured array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([3, 1, 2])
print(repr(np.argsort(x)))
x = np.array([[0, 3], [2, 2]])
print(repr(x))
ind = np.argsort(x, axis=0)  # sorts along first axis (down)
print(repr(ind))
print(repr(np.take_along_axis(x, ind, axis=0)))  # same as np.sort(x, axis=0)
ind = np.argsort(x, axis=1)  # sorts along last axis (across)
print(repr(ind))
print(repr(np.take_along_axis(x, ind, axis=1)))  # same as np.sort(x, axis=1)
ind = np.unravel_index(np.argsort(x, axis=None), x.shape)
print(repr(ind))
print(repr(x[ind]))  # same as np.sort(x, axis=None)
x = np.array([(1, 0), (0, 1)], dtype=[('x', '<i4'), ('y', '<i4')])
print(repr(x))
print(repr(np.argsort(x, order=('x','y'))))
print(repr(np.argsort(x, order=('y','x'))))
