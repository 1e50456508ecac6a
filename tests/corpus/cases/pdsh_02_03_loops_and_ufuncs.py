# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.03-Computation-on-arrays-ufuncs.ipynb
# What: PDSH 2.3 "Universal Functions", sections "The Slowness of Loops" and "Introducing Ufuncs": a reciprocal loop vs 1.0 / values
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Note: cells In[2] and In[4] (%timeit) are left out
import numpy as np
rng = np.random.default_rng(seed=1701)

def compute_reciprocals(values):
    output = np.empty(len(values))
    for i in range(len(values)):
        output[i] = 1.0 / values[i]
    return output
        
values = rng.integers(1, 10, size=5)
print(repr(compute_reciprocals(values)))
print(compute_reciprocals(values))
print(1.0 / values)
print(repr(np.arange(5) / np.arange(1, 6)))
x = np.arange(9).reshape((3, 3))
print(repr(2 ** x))
