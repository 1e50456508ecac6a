import numpy as np
a = np.array([-7, -1, 0, 5, 7])
print(a // 3)
print(a % 3)
print(a // -3)
print(a % -3)
print(np.array([-7.5, 7.5]) % 2)
print(np.array([5.0, -5.0]) // 2)
