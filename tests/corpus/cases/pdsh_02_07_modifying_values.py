# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.07-Fancy-Indexing.ipynb
# What: PDSH 2.7, section "Modifying Values with Fancy Indexing": x[i] = 99, x[i] -= 10, repeated indices, x[i] += 1 vs np.add.at
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10)
i = np.array([2, 1, 8, 4])
x[i] = 99
print(x)
x[i] -= 10
print(x)
x = np.zeros(10)
x[[0, 0]] = [4, 6]
print(x)
i = [2, 3, 3, 4, 4, 4]
x[i] += 1
print(repr(x))
x = np.zeros(10)
np.add.at(x, i, 1)
print(x)
