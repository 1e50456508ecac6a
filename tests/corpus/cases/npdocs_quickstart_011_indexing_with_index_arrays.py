# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "Indexing with arrays of indices" up to indexing with a stacked index array (IndexError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(12)**2  # the first 12 square numbers
i = np.array([1, 1, 3, 8, 5])  # an array of indices
print(repr(a[i]))  # the elements of `a` at the positions `i`

j = np.array([[3, 4], [9, 7]])  # a bidimensional array of indices
print(repr(a[j]))  # the same shape as `j`
palette = np.array([[0, 0, 0],         # black
                    [255, 0, 0],       # red
                    [0, 255, 0],       # green
                    [0, 0, 255],       # blue
                    [255, 255, 255]])  # white
image = np.array([[0, 1, 2, 0],  # each value corresponds to a color in the palette
                  [0, 3, 4, 0]])
print(repr(palette[image]))  # the (2, 4, 3) color image
a = np.arange(12).reshape(3, 4)
print(repr(a))
i = np.array([[0, 1],  # indices for the first dim of `a`
              [1, 2]])
j = np.array([[2, 1],  # indices for the second dim
              [3, 3]])

print(repr(a[i, j]))  # i and j must have equal shape

print(repr(a[i, 2]))

print(repr(a[:, j]))
l = (i, j)
# equivalent to a[i, j]
print(repr(a[l]))
s = np.array([i, j])
# not what we want
a[s]
