import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...])
print(t[..., 1:3].shape)
print(t[1, ..., -1])
v = t[..., 2]
v[0, 0] = 999
print(t[0, 0])
