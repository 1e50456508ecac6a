import numpy as np
t = np.zeros((2, 3, 4))
print(t.shape)
print(t.ndim)
print(t.size)
print(len(t))
print(t[0].shape, t[0, 0].shape)
print(np.array(5).shape, np.array(5).ndim, np.array(5).size)
print(np.arange(0).shape)
