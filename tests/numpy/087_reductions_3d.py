import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t.sum(axis=0))
print(t.sum(axis=2))
print(t.max(axis=1))
print(t.min())
print(t.mean(axis=1))
