import numpy as np
t = np.arange(27).reshape(3, 3, 3)
print(t[1, 2, 0])
print(t[1, :, 0])
print(t[:, 1, :])
print(t[::2, ::2, ::2])
print(t[-1, ::-1, 1])
print(t[0, None, 1:].shape)
