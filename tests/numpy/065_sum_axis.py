import numpy as np
m = np.arange(12).reshape(3, 4)
print(m.sum())
print(np.sum(m))
print(m.sum(axis=0))
print(m.sum(axis=1))
print(np.sum(m, axis=0))
print(np.sum([1, 2, 3]))
print(m[:, 1:3].sum())
