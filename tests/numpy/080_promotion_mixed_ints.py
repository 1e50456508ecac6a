import numpy as np
a = np.array([1, 2], dtype=np.int8)
b = np.array([3, 4], dtype=np.int16)
print((a + b).dtype)
u = np.array([200, 250], dtype=np.uint8)
print((u + a).dtype)
print(u + a)
print((u + u).dtype)
print(u + u)
