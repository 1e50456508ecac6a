# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.02-The-Basics-Of-NumPy-Arrays.ipynb
# What: PDSH 2.2, section "Reshaping of Arrays": reshape to a grid, row/column vectors by reshape and np.newaxis
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
grid = np.arange(1, 10).reshape(3, 3)
print(grid)
x = np.array([1, 2, 3])
print(repr(x.reshape((1, 3))))  # row vector via reshape
print(repr(x.reshape((3, 1))))  # column vector via reshape
print(repr(x[np.newaxis, :]))  # row vector via newaxis
print(repr(x[:, np.newaxis]))  # column vector via newaxis
