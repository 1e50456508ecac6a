import numpy as np
import array
l = [1, 2, [3, 4]]
m = l
m[2].append(5)
ba = bytearray(4)
v = np.frombuffer(ba, dtype=np.uint8)
v[0] = 7
q = array.array('H', [1, 2, 3])
w = np.frombuffer(q, dtype=np.uint16)
print(l, ba, q, w)
del v
ba.append(1)
x = [0] * 10**12
