import numpy as np
a = np.array([258, 513], dtype='int32')
b = a.view('int8')
print(b)
print(len(b))
b[4] = 0
print(a)
print(b.base is a)
c = a.view('int16')
print(c)
