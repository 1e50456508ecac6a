import numpy as np
a = np.arange(5)
b = np.broadcast_to(a, (2**40, 5))
print(b)
print(repr(b))
print(b.shape, b.strides, np.shares_memory(a, b))
c = b.copy()
