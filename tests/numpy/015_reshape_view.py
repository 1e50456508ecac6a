import numpy as np
a = np.arange(6)
b = a.reshape(2, 3)
print(b)
b[0, 0] = 50
print(a)
print(b.base is a)
print(np.shares_memory(a, b))
c = np.reshape(a, (3, 2))
print(c)
