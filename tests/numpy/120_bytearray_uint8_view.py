import numpy as np
b = bytearray(b'hello')
u = np.frombuffer(b, dtype=np.uint8)
print(u)
u[0] -= 32
print(b)
print(u.sum())
print(len(b))
