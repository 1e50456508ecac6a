import numpy as np
a = np.arange(3)
print(np.broadcast_to(a, (2, 3)).shape)
print(np.broadcast_to(a, (1, 3)).strides)
np.broadcast_to(a, (3, 2))
