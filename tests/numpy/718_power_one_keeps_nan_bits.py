# NumPy gives x ** 1 back bit for bit (a NaN's sign and payload too); ** 2 and ** -1 are
# square and reciprocal, which quiet a NaN but keep its sign.
import numpy as np
c = np.full((1, 1), -1)
c.view('float64')[0] **= 1
print(c)
d = np.array([0x7FF0000000000001, -1, -4503599627370495, 3]).view('float64')
print((d ** 1).view('int64'), (d ** 2).view('int64'), (d ** -1).view('int64'), (d ** 0).view('int64'))
f = np.array([0x7F800001, -1, 7], dtype=np.int32).view('float32')
print((f ** 1).view('int32'), (f ** 2).view('int32'), (f ** -1).view('int32'))
