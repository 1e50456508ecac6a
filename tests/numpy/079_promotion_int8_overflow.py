import numpy as np
a = np.array([100, 120], dtype=np.int8)
print(a + 1)
print((a + 1).dtype)
print(a + a)
print(a + 127)
print(a + 300)
