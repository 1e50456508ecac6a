import numpy as np
bs = b'\x01\x02\x03'
r = np.frombuffer(bs, dtype=np.uint8)
c = r.copy()
c[0] = 100
print(c)
print(r)
print(c.flags.writeable, r.flags.writeable)
print(bs)
