# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Copies and views": no copy, view(), slicing returns a view, deep copy
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the page's id() examples are marked +SKIP and left out; the closing np.arange(int(1e8)) example (800 MB) is not included
import numpy as np
a = np.array([[ 0,  1,  2,  3],
              [ 4,  5,  6,  7],
              [ 8,  9, 10, 11]])
b = a            # no new object is created
print(repr(b is a))           # a and b are two names for the same ndarray object
def f(x):
    print(id(x))

c = a.view()
print(repr(c is a))
print(repr(c.base is a))            # c is a view of the data owned by a
print(repr(c.flags.owndata))

c = c.reshape((2, 6))  # a's shape doesn't change
print(repr(a.shape))
c[0, 4] = 1234         # a's data changes
print(repr(a))
s = a[:, 1:3]
s[:] = 10  # s[:] is a view of s. Note the difference between s = 10 and s[:] = 10
print(repr(a))
d = a.copy()  # a new array object with new data is created
print(repr(d is a))
print(repr(d.base is a))  # d doesn't share anything with a
d[0, 0] = 9999
print(repr(a))
