import numpy as np
m = np.arange(6).reshape(2, 3)
r = m.T.ravel()
print(r)
print(np.shares_memory(m, r))
r[0] = 99
print(m)
s = np.ravel(m[:, ::2])
print(s)
print(np.shares_memory(m, s))
