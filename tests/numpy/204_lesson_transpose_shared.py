import numpy as np
m = np.array([[1, 2], [3, 4]])
t = m.T
t[0, 1] = 30
print(m)
print(t)
print(t.flags['C_CONTIGUOUS'], t.flags['F_CONTIGUOUS'])
flat = t.reshape(-1)
flat[0] = 0
print(m)
