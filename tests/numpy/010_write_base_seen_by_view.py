import numpy as np
base = np.zeros(6, dtype=np.int32)
v = base[1:5]
base[:] = 7
print(v)
base[2] = 3
print(v)
v[-1] = 9
print(base)
