import numpy as np
a = np.array([1, 2, 3])
b = np.broadcast_to(a, (4, 3))
print(b)
print(b.strides)
print(b.flags.writeable)
print(np.shares_memory(a, b))
a[0] = 10
print(b[3])
