# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.06-Boolean-Arrays-and-Masks.ipynb
# What: PDSH 2.6, section "Using the Keywords and/or Versus the Operators &/|", up to `A or B` (ValueError)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
print(repr((bool(42), bool(0))))
print(repr(bool(42 and 0)))
print(repr(bool(42 or 0)))
print(repr(bin(42)))
print(repr(bin(59)))
print(repr(bin(42 & 59)))
print(repr(bin(42 | 59)))
A = np.array([1, 0, 1, 0, 1, 0], dtype=bool)
B = np.array([1, 1, 1, 0, 1, 1], dtype=bool)
print(repr(A | B))
A or B
