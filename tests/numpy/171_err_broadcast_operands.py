import numpy as np
a = np.array([1, 2, 3])
b = np.array([1, 2])
print(a + a)
print(a + b)
