import numpy as np
z = np.broadcast_to(np.int64(7), (2, 2))
print(z)
print(z.strides)
print(z.size)
c = np.broadcast_to(np.arange(2)[:, None], (2, 3))
print(c)
print(c.strides)
