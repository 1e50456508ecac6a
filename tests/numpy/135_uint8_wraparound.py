import numpy as np
u = np.array([250, 5], dtype=np.uint8)
print(u + 10)
print(u - 10)
print(u * 2)
u += 10
print(u)
print(u.dtype)
