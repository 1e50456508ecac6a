# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.05-Computation-on-arrays-broadcasting.ipynb
# What: PDSH 2.5, section "Rules of Broadcasting", examples 1 to 3, the last one (3, 2) + (3,) (ValueError)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
M = np.ones((2, 3))
a = np.arange(3)
print(repr(M + a))
a = np.arange(3).reshape((3, 1))
b = np.arange(3)
print(repr(a + b))
M = np.ones((3, 2))
a = np.arange(3)
M + a
