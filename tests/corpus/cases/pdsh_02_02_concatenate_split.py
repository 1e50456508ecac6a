# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.02-The-Basics-Of-NumPy-Arrays.ipynb
# What: PDSH 2.2, section "Array Concatenation and Splitting": concatenate, vstack, hstack, split, vsplit (the section's last cell, hsplit, not included)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([1, 2, 3])
y = np.array([3, 2, 1])
print(repr(np.concatenate([x, y])))
z = np.array([99, 99, 99])
print(np.concatenate([x, y, z]))
grid = np.array([[1, 2, 3],
                 [4, 5, 6]])
# concatenate along the first axis
print(repr(np.concatenate([grid, grid])))
# concatenate along the second axis (zero-indexed)
print(repr(np.concatenate([grid, grid], axis=1)))
# vertically stack the arrays
print(repr(np.vstack([x, grid])))
# horizontally stack the arrays
y = np.array([[99],
              [99]])
print(repr(np.hstack([grid, y])))
x = [1, 2, 3, 99, 99, 3, 2, 1]
x1, x2, x3 = np.split(x, [3, 5])
print(x1, x2, x3)
grid = np.arange(16).reshape((4, 4))
print(repr(grid))
upper, lower = np.vsplit(grid, [2])
print(upper)
print(lower)
