import numpy as np
m = np.zeros((3, 4), dtype=int)
m[1] = 7
m[:, 2] = [1, 2, 3]
m[0, ::2] = -1
print(m)
m[...] = 3
print(m.sum())
