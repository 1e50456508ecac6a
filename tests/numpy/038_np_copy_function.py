import numpy as np
a = np.array([[1, 2], [3, 4]])
b = np.copy(a)
b[0, 0] = -1
print(a)
print(b)
v = a[:, 1]
w = np.copy(v)
print(w.flags['C_CONTIGUOUS'], v.flags['C_CONTIGUOUS'])
