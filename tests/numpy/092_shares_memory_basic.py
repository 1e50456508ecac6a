import numpy as np
a = np.arange(10)
print(np.shares_memory(a, a[3:]))
print(np.shares_memory(a[:5], a[5:]))
print(np.shares_memory(a[:6], a[5:]))
print(np.shares_memory(a, a.copy()))
print(np.shares_memory(a, np.arange(10)))
