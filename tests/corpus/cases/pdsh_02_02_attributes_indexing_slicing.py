# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.02-The-Basics-Of-NumPy-Arrays.ipynb
# What: PDSH 2.2 "The Basics of NumPy Arrays", sections Attributes, Indexing, Slicing: 1-d/2-d slices, subarrays as no-copy views, copies
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
rng = np.random.default_rng(seed=1701)  # seed for reproducibility

x1 = rng.integers(10, size=6)  # one-dimensional array
x2 = rng.integers(10, size=(3, 4))  # two-dimensional array
x3 = rng.integers(10, size=(3, 4, 5))  # three-dimensional array
print("x3 ndim: ", x3.ndim)
print("x3 shape:", x3.shape)
print("x3 size: ", x3.size)
print("dtype:   ", x3.dtype)
print(repr(x1))
print(repr(x1[0]))
print(repr(x1[4]))
print(repr(x1[-1]))
print(repr(x1[-2]))
print(repr(x2))
print(repr(x2[0, 0]))
print(repr(x2[2, 0]))
print(repr(x2[2, -1]))
x2[0, 0] = 12
print(repr(x2))
x1[0] = 3.14159  # this will be truncated!
print(repr(x1))
print(repr(x1))
print(repr(x1[:3]))  # first three elements
print(repr(x1[3:]))  # elements after index 3
print(repr(x1[1:4]))  # middle subarray
print(repr(x1[::2]))  # every second element
print(repr(x1[1::2]))  # every second element, starting at index 1
print(repr(x1[::-1]))  # all elements, reversed
print(repr(x1[4::-2]))  # every second element from index 4, reversed
print(repr(x2))
print(repr(x2[:2, :3]))  # first two rows & three columns
print(repr(x2[:3, ::2]))  # three rows, every second column
print(repr(x2[::-1, ::-1]))  # all rows & columns, reversed
print(repr(x2[:, 0]))  # first column of x2
print(repr(x2[0, :]))  # first row of x2
print(repr(x2[0]))  # equivalent to x2[0, :]
print(x2)
x2_sub = x2[:2, :2]
print(x2_sub)
x2_sub[0, 0] = 99
print(x2_sub)
print(x2)
x2_sub_copy = x2[:2, :2].copy()
print(x2_sub_copy)
x2_sub_copy[0, 0] = 42
print(x2_sub_copy)
print(x2)
