import numpy as np
import array
# ba += b"..." grows the same bytearray (every name sees it), and not while NumPy looks into it
ba = bytearray(b"ab")
c = ba
ba += b"cd"
print(ba, c, ba is c)
A = array.array("i", [1])
B = A
A += array.array("i", [5])
print(A, B)
v = np.frombuffer(ba, dtype=np.uint8)
ba += b"x"
