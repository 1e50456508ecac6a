import numpy as np
m = np.arange(12).reshape(3, 4)
mask = m % 3 == 0
print(mask)
print(m[mask])
print(m[m > 8].shape)
print(m[np.array([True, False, True])])
