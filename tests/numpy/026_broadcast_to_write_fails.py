import numpy as np
a = np.arange(3)
b = np.broadcast_to(a, (2, 3))
print(b.shape, b.strides)
print(b.sum())
b[0, 0] = 5
