import numpy as np
row = np.array([1, 2, 3])
col = np.array([[10], [20]])
print(row + col)
print((row + col).shape)
print(col * row)
m = np.zeros((2, 3))
print(m + row)
print(np.arange(3)[:, None] - np.arange(3))
