# np.frombuffer over a bytearray or an array.array bases the array on a new memoryview each
# time: two such arrays share the memory but not the base object.
import array
import numpy as np
r = bytearray(16)
y = np.frombuffer(r)
z = np.frombuffer(r)
print(y.base is z.base, type(y.base).__name__, np.shares_memory(y, z))
a = array.array('d', [1.0, 2.0])
u = np.frombuffer(a)
w = np.asarray(a)
print(u.base is w.base, np.shares_memory(u, w))
r = np.frombuffer(r)
print(r.base is y.base, np.shares_memory(r, y))
