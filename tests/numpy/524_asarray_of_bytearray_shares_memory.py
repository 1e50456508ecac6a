import numpy as np
# np.asarray(bytearray) is a view of the bytearray's memory (its base is a memoryview)
ba = bytearray(b'hello')
v = np.asarray(ba)
v[0] = 0
print(ba)
ba[1] = 7
print(v, v.base is None, v.flags.owndata)
