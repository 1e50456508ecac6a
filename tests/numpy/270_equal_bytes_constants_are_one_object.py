import numpy as np
s = b'abcd'
t = b'abcd'
v = b'ab' + b'cd'
w = b'ab' * 2
r = b'ab' + b'ab'
print(s is t, s is v, s is w, w is r)
x = np.frombuffer(b'abcd', dtype=np.int16)
y = np.frombuffer(t, dtype=np.int16)
print(np.shares_memory(x, y), x.base is s)
u = b'abc' + b'd' * 1
z = np.frombuffer(u, dtype=np.uint8)
print(u is s, np.shares_memory(z, x))
e = b''
f = b''
print(e is f)
