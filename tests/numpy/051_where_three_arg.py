import numpy as np
a = np.arange(6)
r = np.where(a % 2 == 0, a, -a)
print(r)
print(np.where(a > 2, 1, 0))
print(np.where(a > 10, a, 0.5))
r[0] = 7
print(a)
print(np.shares_memory(a, r))
