import numpy as np
bs = bytes([65, 66, 67, 68])
print(bs)
view = np.frombuffer(bs, dtype='int8')
print(view)
print(view.flags.writeable)
c = view.copy()
c[1] = 98
print(c)
print(bs)
