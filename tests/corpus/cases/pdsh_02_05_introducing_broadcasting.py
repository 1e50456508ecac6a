# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.05-Computation-on-arrays-broadcasting.ipynb
# What: PDSH 2.5 "Broadcasting", section "Introducing Broadcasting": array + scalar, 1-d + 2-d, a row plus a column
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([0, 1, 2])
b = np.array([5, 5, 5])
print(repr(a + b))
print(repr(a + 5))
M = np.ones((3, 3))
print(repr(M))
print(repr(M + a))
a = np.arange(3)
b = np.arange(3)[:, np.newaxis]

print(a)
print(b)
print(repr(a + b))
