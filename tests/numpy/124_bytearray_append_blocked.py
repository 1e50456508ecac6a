import numpy as np
b = bytearray(b'xyz')
n = np.frombuffer(b, dtype=np.int8)
print(n)
print(b)
b.append(33)
