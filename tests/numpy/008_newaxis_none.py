import numpy as np
a = np.arange(4)
print(a[None].shape)
print(a[:, None].shape)
print(a[np.newaxis, :, np.newaxis].shape)
c = a[:, np.newaxis]
print(c)
c[2, 0] = 42
print(a)
print(c.base is a)
