import numpy as np
m = np.arange(12).reshape(3, 4)
print(m)
print(m[1])
print(m[:, 2])
print(m[1:, 1:3])
print(m[::2, ::-1])
col = m[:, 0]
col[:] = -1
print(m)
