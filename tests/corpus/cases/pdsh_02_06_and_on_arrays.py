# Source: https://github.com/jakevdp/PythonDataScienceHandbook/blob/031cc4f1b98f7a31ea6cc416d8ee40909368f456/notebooks/02.06-Boolean-Arrays-and-Masks.ipynb
# What: PDSH 2.6, the section's last two cells: (x > 4) & (x < 8), then `and` on arrays (ValueError)
# Code cells of the notebook section, in order (tests/corpus/README.md): a cell's last expression whose Out[] the notebook shows is wrapped in print(repr(...)).
import numpy as np
x = np.arange(10)
print(repr((x > 4) & (x < 8)))
(x > 4) and (x < 8)
