# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, index arrays with a scalar, partial indexing, picking one element per row, corners with broadcasting and np.ix_
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: y = np.arange(35).reshape(5, 7) (copied from earlier on the same page)
import numpy as np
y = np.arange(35).reshape(5, 7)
print(repr(y[np.array([0, 2, 4]), 1]))
print(repr(y[np.array([0, 2, 4])]))
x = np.array([[1, 2], [3, 4], [5, 6]])
print(repr(x[[0, 1, 2], [0, 1, 0]]))
x = np.array([[ 0,  1,  2],
              [ 3,  4,  5],
              [ 6,  7,  8],
              [ 9, 10, 11]])
rows = np.array([[0, 0],
                 [3, 3]], dtype=np.intp)
columns = np.array([[0, 2],
                    [0, 2]], dtype=np.intp)
print(repr(x[rows, columns]))
rows = np.array([0, 3], dtype=np.intp)
columns = np.array([0, 2], dtype=np.intp)
print(repr(rows[:, np.newaxis]))
print(repr(x[rows[:, np.newaxis], columns]))
print(repr(x[np.ix_(rows, columns)]))
print(repr(x[rows, columns]))
