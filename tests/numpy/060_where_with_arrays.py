import numpy as np
x = np.array([1, 5, 2, 8])
y = np.array([4, 3, 6, 7])
print(np.where(x > y, x, y))
print(np.where(x > y, x - y, 0))
mask = np.array([True, False, True, False])
print(np.where(mask, 1.5, -1))
print(np.where([True, False], [1, 2], [3, 4]))
