# Slicing a bytes, tuple or str whole gives back the object itself (CPython cannot tell a
# copy from it, so it makes none); a bytes slice that covers less is a new object.
import numpy as np
b = b'\x01&Kp\x95\xba\xdf\x04'
x = b[:]
print(x is b, b[0:100] is b, b[1:] is b, b[::-1] is b, b[::1] is b)
c = np.frombuffer(b'\x01&Kp\x95\xba\xdf\x04')
print(c.base is x, np.shares_memory(c, np.frombuffer(x)))
t = (1, 2, 3)
print(t[:] is t, t[0:3] is t, t[:2] is t)
s = 'view'
print(s[:] is s, s[-100:] is s)
