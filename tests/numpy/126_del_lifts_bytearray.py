import numpy as np
b = bytearray([1, 2])
n = np.frombuffer(b, dtype=np.uint8)
n[0] = 10
print(b)
del n
b.append(3)
print(b)
print(len(b))
