import numpy as np
m = np.arange(16).reshape(4, 4)
print(np.shares_memory(m[0], m[1]))
print(np.shares_memory(m[:, 0], m[:, 1]))
print(np.may_share_memory(m[:, 0], m[:, 1]))
print(np.shares_memory(m[1:3, 1:3], m[2]))
print(np.shares_memory(m.T, m))
print(np.shares_memory(m[:2, :2], m[2:, 2:]))
