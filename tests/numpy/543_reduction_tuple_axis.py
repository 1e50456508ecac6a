import numpy as np
# axis= may be a tuple of axes
m = np.arange(6).reshape(2, 3)
print(m.sum(axis=(0, 1)), m.max(axis=(1,)), np.sum(m, axis=(0,)))
print(np.arange(3).sum(axis=(0, 1)))
