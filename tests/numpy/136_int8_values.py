import numpy as np
a = np.array([127, -128, 0], dtype=np.int8)
print(a)
print(a + 1)
print(-a)
print(a.astype(np.int16) + 1)
print(a.itemsize, a.nbytes)
