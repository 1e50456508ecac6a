import numpy as np
print(np.arange(5))
print(np.arange(2, 9))
print(np.arange(1, 10, 3))
print(np.arange(10, 0, -2))
print(np.arange(0, 1, 0.25))
print(np.arange(5, 0, -1))
print(np.arange(0))
