# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/0c354a00f39c04a75c303718b039ac3fab9efecd/notebooks/02.05-Computation-on-arrays-broadcasting.ipynb
# What: PDSH 2.5, after broadcasting example 3: padding on the right with np.newaxis, np.logaddexp
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Setup: M = np.ones((3, 2)); a = np.arange(3) (copied from earlier on the same page)
import numpy as np
M = np.ones((3, 2))
a = np.arange(3)
print(repr(a[:, np.newaxis].shape))
print(repr(M + a[:, np.newaxis]))
print(repr(np.logaddexp(M, a[:, np.newaxis])))
