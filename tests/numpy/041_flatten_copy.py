import numpy as np
m = np.arange(6).reshape(2, 3)
f = m.flatten()
f[0] = 77
print(m)
print(f)
print(np.shares_memory(m, f))
print(m.T.flatten())
