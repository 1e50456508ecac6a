# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.07-Fancy-Indexing.ipynb
# What: PDSH 2.7 "Fancy Indexing", sections "Exploring Fancy Indexing" and "Combined Indexing": index lists and arrays, broadcast row/column indices, fancy with slices and masks
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
rand = np.random.RandomState(42)

x = rand.randint(100, size=10)
print(x)
print(repr([x[3], x[7], x[2]]))
ind = [3, 7, 4]
print(repr(x[ind]))
ind = np.array([[3, 7],
                [4, 5]])
print(repr(x[ind]))
X = np.arange(12).reshape((3, 4))
print(repr(X))
row = np.array([0, 1, 2])
col = np.array([2, 1, 3])
print(repr(X[row, col]))
print(repr(X[row[:, np.newaxis], col]))
print(repr(row[:, np.newaxis] * col))
print(X)
print(repr(X[2, [2, 0, 1]]))
print(repr(X[1:, [2, 0, 1]]))
mask = np.array([1, 0, 1, 0], dtype=bool)
print(repr(X[row[:, np.newaxis], mask]))
