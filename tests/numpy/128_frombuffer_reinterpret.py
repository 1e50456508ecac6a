import numpy as np
import array
a = array.array('i', [1, 256])
b = np.frombuffer(a, dtype=np.int8)
print(b)
print(b.size)
b[4] = 2
print(a)
c = np.frombuffer(bytearray(b'\x01\x00\x02\x00'), dtype=np.int16)
print(c)
