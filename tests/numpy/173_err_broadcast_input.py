import numpy as np
a = np.zeros(5)
a[:3] = [1, 2, 3]
print(a)
a[:2] = np.array([1, 2, 3])
