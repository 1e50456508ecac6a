import numpy as np
a = np.arange(10, 60, 10)
b = a[[0, 2, 4]]
print(b)
b[0] = -1
print(a)
print(b.base is None)
print(np.shares_memory(a, b))
print(a[[-1, -1, 0]])
