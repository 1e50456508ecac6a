import numpy as np
t = np.zeros((2, 3, 4), dtype=np.int16)
p = t[1]
p[:, 1] = 5
print(t)
q = t[:, :, -1]
q[...] = 2
print(t[0])
