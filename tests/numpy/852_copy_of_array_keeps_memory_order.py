import numpy as np
import copy
m = np.arange(6).reshape(2, 3)
for x in [m, m.T, m[:, ::2], m[::-1], m.T[::-1], np.arange(8)[::3]]:
    for name, f in (('copy', copy.copy), ('deepcopy', copy.deepcopy)):
        c = f(x)
        print(name, c.flags.c_contiguous, c.flags.f_contiguous, c.flags.owndata, c.strides, c.flags.writeable)
        print(c)
r = np.arange(4.0)
r.flags.writeable = False
rc = copy.copy(r)
print(rc.flags.writeable, copy.deepcopy(r).flags.writeable)
rc[0] = 10
print(r, rc)
bt = np.broadcast_to(np.arange(3), (2, 3))
bc = copy.deepcopy(bt)
print(bc.strides, bc.flags.writeable)
bc[0, 0] = 9
print(bc)
s = np.float32(1.5)
print(copy.copy(s), copy.deepcopy(np.int8(3)))
