import numpy as np
m = np.arange(6).reshape(2, 3)
t = m.T
print(t)
print(t.shape, t.strides)
t[0, 1] = 30
print(m)
u = m.transpose()
print(u.base is m)
print(np.transpose(m).shape)
