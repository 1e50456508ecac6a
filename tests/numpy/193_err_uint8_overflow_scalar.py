import numpy as np
u = np.array([1, 2], dtype=np.uint8)
print(u + 254)
print(u + 255)
print(u + 256)
