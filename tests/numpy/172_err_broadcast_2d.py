import numpy as np
m = np.ones((2, 3))
print(m + np.ones(3))
print(m * np.ones((2, 1)))
print(m * np.ones((3, 2)))
