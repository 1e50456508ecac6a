import numpy as np
m = np.arange(6).reshape(2, 3)
print(m[1, 1])
print(m[1][1], m.ndim)
m[0, 0, 0] = 5
