import numpy as np
b = bytes([1, 2, 3])
n = np.frombuffer(b, dtype=np.uint8)
print(n)
n[:] = 0
