import numpy as np
# A row written from a column that crosses it: NumPy's 1-D loop runs backwards when the
# source starts below the destination, reading what it already wrote.
y = np.array([[10, 6, 9, 12], [7, 4294967295, 2, 3], [2, 5, 12, 4294967295], [7, 12, 4294967295, 1]], dtype='u4')
M = y[:, -2]
for col in y:
    col[[False, False, True, True]] = [8, 255]
    col[:] = M
print(y)
a = np.arange(12)
a[0:4] = a[::3]
print(a)
b = np.arange(12)
b[3:7] = b[::3]
print(b)
c = np.arange(10)
c[::-2] = c[:5]
print(c)
d = np.arange(10)
d[1:] = d[:-1]
print(d)
e = np.arange(10)
e[:5] = e[5:6]
print(e)
m = np.arange(16).reshape(4, 4)
m[1] = m[:, 1]
print(m)
