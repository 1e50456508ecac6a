import numpy as np
t = np.arange(8).reshape(2, 2, 2)
s = np.swapaxes(t, 0, 2)
print(s)
s[1, 0, 0] = -1
print(t)
print(s.base is t)
print(t.swapaxes(0, 1).shape)
