# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Indexing, slicing and iterating": 1d slices and assignment, fromfunction, ellipsis, iterating rows and .flat
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(10)**3
print(repr(a))
print(repr(a[2]))
print(repr(a[2:5]))
# equivalent to a[0:6:2] = 1000;
# from start to position 6, exclusive, set every 2nd element to 1000
a[:6:2] = 1000
print(repr(a))
print(repr(a[::-1]))  # reversed a
for i in a:
    print(i**(1 / 3.))

def f(x, y):
    return 10 * x + y

b = np.fromfunction(f, (5, 4), dtype=int)
print(repr(b))
print(repr(b[2, 3]))
print(repr(b[0:5, 1]))  # each row in the second column of b
print(repr(b[:, 1]))    # equivalent to the previous example
print(repr(b[1:3, :]))  # each column in the second and third row of b
print(repr(b[-1]))   # the last row. Equivalent to b[-1, :]
c = np.array([[[  0,  1,  2],  # a 3D array (two stacked 2D arrays)
               [ 10, 12, 13]],
              [[100, 101, 102],
               [110, 112, 113]]])
print(repr(c.shape))
print(repr(c[1, ...]))  # same as c[1, :, :] or c[1]
print(repr(c[..., 2]))  # same as c[:, :, 2]
for row in b:
    print(row)

for element in b.flat:
    print(element)

