import numpy as np
a = np.zeros(4, dtype=np.int32)
b = a.view(np.uint8)
print(b.shape, b.strides, b.itemsize)
print(b.base is a)
print(np.shares_memory(a, b))
print(a.nbytes == b.nbytes)
c = a.view(np.float32)
print(c)
