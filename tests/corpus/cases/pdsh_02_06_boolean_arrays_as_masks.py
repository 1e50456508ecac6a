# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.06-Boolean-Arrays-and-Masks.ipynb
# What: PDSH 2.6, section "Boolean Arrays as Masks" on the x array (the rainfall cell In[29] is left out)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
# Setup: rng = np.random.default_rng(seed=1701); x = rng.integers(10, size=(3, 4)) (copied from earlier on the same page)
import numpy as np
rng = np.random.default_rng(seed=1701)
x = rng.integers(10, size=(3, 4))
print(repr(x))
print(repr(x < 5))
print(repr(x[x < 5]))
