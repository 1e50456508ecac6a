import numpy as np
m = np.zeros((2, 3))
print(m[1, 2])
print(m.shape)
print(m[1, 3])
