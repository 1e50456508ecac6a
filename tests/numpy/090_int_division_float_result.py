import numpy as np
a = np.array([5, 6, 7], dtype=np.int16)
b = a / 2
print(b)
print(b.dtype)
c = a // 2
print(c, c.dtype)
print((a % 4).dtype)
