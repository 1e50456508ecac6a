import numpy as np
t = np.arange(24).reshape(2, 3, 4)
print(t.T.shape)
print(t.transpose(1, 0, 2).shape)
print(np.transpose(t, (2, 0, 1)).shape)
print(t.strides)
print(t.transpose(1, 0, 2).strides)
print(t.transpose(2, 1, 0)[3, 2, 1])
