import numpy as np

a = np.arange(6).reshape(1, 2, 1, 3)
s = a.squeeze()
print(s.shape, s.strides, s.base is a.base, np.shares_memory(a, s))
s[0, 0] = 99
print(a)
t = np.squeeze(a, axis=0)
print(t.shape, t.strides)
u = np.squeeze(a, axis=(0, 2))
print(u.shape, u.strides)
print(np.squeeze(np.arange(3)).shape, np.squeeze(np.zeros((1, 1))).shape)
e = np.expand_dims(np.arange(3), 0)
print(e.shape, e.strides, e.flags['C_CONTIGUOUS'], e.base is not None)
f = np.expand_dims(np.arange(3), (0, 2))
print(f.shape, f.strides)
g = np.expand_dims(np.arange(6).reshape(2, 3)[:, ::2], -1)
print(g.shape, g.strides, g.base is not None)
g[1, 1, 0] = -1
print(g.ravel())
