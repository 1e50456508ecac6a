import numpy as np
a = np.arange(10, dtype=np.int16)
print(a.dtype, a.itemsize, a.nbytes)
b = a.astype(np.float32)
print(b.dtype, b.itemsize, b.nbytes)
v = a[::2]
print(v.nbytes, v.size)
print(np.zeros((3, 4)).nbytes)
print(np.array([True, False]).itemsize)
