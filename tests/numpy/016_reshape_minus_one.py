import numpy as np
a = np.arange(12)
print(a.reshape(3, -1).shape)
print(a.reshape(-1, 6))
print(a.reshape(2, -1, 2).shape)
print(np.reshape(a, -1).shape)
b = a.reshape(4, -1)
b[-1, -1] = 0
print(a)
