import numpy as np
a = np.arange(10)
even = a[::2]
odd = a[1::2]
print(np.may_share_memory(even, odd))
print(np.shares_memory(even, odd))
print(np.may_share_memory(a[:3], a[7:]))
print(np.shares_memory(a[::3], a[1::3]))
print(np.shares_memory(a[::2], a[::3]))
