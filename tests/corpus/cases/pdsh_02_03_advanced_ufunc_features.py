# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.03-Computation-on-arrays-ufuncs.ipynb
# What: PDSH 2.3, section "Advanced Ufunc Features": out=, out= a strided view y[::2], reduce, accumulate, outer
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(5)
y = np.empty(5)
np.multiply(x, 10, out=y)
print(y)
y = np.zeros(10)
np.power(2, x, out=y[::2])
print(y)
x = np.arange(1, 6)
print(repr(np.add.reduce(x)))
print(repr(np.multiply.reduce(x)))
print(repr(np.add.accumulate(x)))
print(repr(np.multiply.accumulate(x)))
x = np.arange(1, 6)
print(repr(np.multiply.outer(x, x)))
