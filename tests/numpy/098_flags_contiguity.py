import numpy as np
m = np.arange(6).reshape(2, 3)
print(m.flags['C_CONTIGUOUS'], m.flags['F_CONTIGUOUS'])
print(m.T.flags['C_CONTIGUOUS'], m.T.flags['F_CONTIGUOUS'])
print(m[:, 1].flags['C_CONTIGUOUS'])
print(m[1].flags['C_CONTIGUOUS'])
print(m[::-1].flags['C_CONTIGUOUS'])
print(np.arange(3).flags['F_CONTIGUOUS'])
