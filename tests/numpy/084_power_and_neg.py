import numpy as np
a = np.array([2, 3, 4])
print(a ** 3)
print(2 ** a)
print(a ** 0.5)
print(-a ** 2)
print((-a) ** 2)
print(np.array([1.5, -2.5]) ** 2)
