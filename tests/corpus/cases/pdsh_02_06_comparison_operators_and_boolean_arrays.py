# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.06-Boolean-Arrays-and-Masks.ipynb
# What: PDSH 2.6 "Comparisons, Masks, and Boolean Logic", sections "Comparison Operators as Ufuncs" and "Working with Boolean Arrays" (counting, any/all)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Note: the rainfall cells (vega_datasets, pandas, matplotlib) are left out, and so are the Boolean Operators cells that use the rainfall data
import numpy as np
x = np.array([1, 2, 3, 4, 5])
print(repr(x < 3))  # less than
print(repr(x > 3))  # greater than
print(repr(x <= 3))  # less than or equal
print(repr(x >= 3))  # greater than or equal
print(repr(x != 3))  # not equal
print(repr(x == 3))  # equal
print(repr((2 * x) == (x ** 2)))
rng = np.random.default_rng(seed=1701)
x = rng.integers(10, size=(3, 4))
print(repr(x))
print(repr(x < 6))
print(x)
# how many values less than 6?
print(repr(np.count_nonzero(x < 6)))
print(repr(np.sum(x < 6)))
# how many values less than 6 in each row?
print(repr(np.sum(x < 6, axis=1)))
# are there any values greater than 8?
print(repr(np.any(x > 8)))
# are there any values less than zero?
print(repr(np.any(x < 0)))
# are all values less than 10?
print(repr(np.all(x < 10)))
# are all values equal to 6?
print(repr(np.all(x == 6)))
# are all values in each row less than 8?
print(repr(np.all(x < 8, axis=1)))
