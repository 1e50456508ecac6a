import numpy as np
a = np.array([30000, 1], dtype=np.int16)
b = np.array([30000, 1], dtype=np.int32)
print(a + a)
print(a + b)
print((a + b).dtype)
print((a * 2.0).dtype)
print(np.array([1], dtype=np.float32) * np.array([1], dtype=np.int32))
