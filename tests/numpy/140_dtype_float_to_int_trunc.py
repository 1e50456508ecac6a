import numpy as np
a = np.array([-2.7, -0.5, 0.5, 2.7])
print(a.astype(int))
print(a.astype(np.int8))
b = np.zeros(4, dtype=np.int32)
b[:] = a
print(b)
b[0] = 9.99
print(b)
