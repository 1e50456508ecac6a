import numpy as np
m = np.arange(6).reshape(2, 3)
f = m.T.reshape(-1)
print(f)
print(np.shares_memory(m, f))
print(f.base is None)
f[0] = 100
print(m)
g = m.reshape(-1)
print(np.shares_memory(m, g))
