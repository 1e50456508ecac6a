import numpy as np
m = np.arange(6).reshape(2, 3)
r = m.ravel()
r[0] = 99
print(m)
print(np.shares_memory(m, r))
r2 = np.ravel(m)
print(r2)
print(r2.base is m)
