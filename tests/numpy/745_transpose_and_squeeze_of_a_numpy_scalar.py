# np.transpose and np.squeeze call the scalar's own method, which gives a scalar back; a 0-d
# array's squeeze takes axis 0 or -1 as its one axis.
import numpy as np
for x in (np.float64(2.5), np.int32(3), np.bool_(True), np.ones(()) / 4):
    print(repr(np.transpose(x)), repr(np.squeeze(x)), repr(np.squeeze(x, axis=0)))
    print(type(np.transpose(np.ones(()) / 8)))
a = np.array(2.5)
print(repr(a.squeeze(axis=0)), repr(a.squeeze(axis=-1)), repr(np.squeeze(a, 0)))
try:
    a.squeeze(axis=(0,))
except ValueError as e:
    print(type(e).__name__, e)
a.squeeze(axis=1)
