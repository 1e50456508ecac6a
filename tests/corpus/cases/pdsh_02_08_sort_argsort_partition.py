# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.08-Sorting.ipynb
# What: PDSH 2.8, sections "Fast Sorting in NumPy" and "Partial Sorts": np.sort copy vs x.sort() in place, argsort, sorting along axes, np.partition
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([2, 1, 4, 3, 5])
print(repr(np.sort(x)))
x.sort()
print(x)
x = np.array([2, 1, 4, 3, 5])
i = np.argsort(x)
print(i)
print(repr(x[i]))
rand = np.random.RandomState(42)
X = rand.randint(0, 10, (4, 6))
print(X)
# sort each column of X
print(repr(np.sort(X, axis=0)))
# sort each row of X
print(repr(np.sort(X, axis=1)))
x = np.array([7, 2, 3, 1, 6, 5, 4])
print(repr(np.partition(x, 3)))
print(repr(np.partition(X, 2, axis=1)))
