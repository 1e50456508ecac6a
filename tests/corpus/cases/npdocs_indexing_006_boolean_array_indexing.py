# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Boolean array indexing": ~isnan filter, masked +=, a 1-d mask on rows, ix_ with a mask, a 2-d mask on a 3-d array
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([[1., 2.], [np.nan, 3.], [np.nan, np.nan]])
print(repr(x[~np.isnan(x)]))
x = np.array([1., -1., -2., 3])
x[x < 0] += 20
print(repr(x))
x = np.arange(35).reshape(5, 7)
b = x > 20
print(repr(b[:, 5]))
print(repr(x[b[:, 5]]))
x = np.array([[0, 1], [1, 1], [2, 2]])
rowsum = x.sum(-1)
print(repr(x[rowsum <= 2, :]))
x = np.array([[ 0,  1,  2],
              [ 3,  4,  5],
              [ 6,  7,  8],
              [ 9, 10, 11]])
rows = (x.sum(-1) % 2) == 0
print(repr(rows))
columns = [0, 2]
print(repr(x[np.ix_(rows, columns)]))
rows = rows.nonzero()[0]
print(repr(x[rows[:, np.newaxis], columns]))
x = np.arange(30).reshape(2, 3, 5)
print(repr(x))
b = np.array([[True, True, False], [False, True, True]])
print(repr(x[b]))
