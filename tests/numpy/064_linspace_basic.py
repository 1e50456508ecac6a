import numpy as np
print(np.linspace(0, 1, 5))
print(np.linspace(0, 10, 3))
print(np.linspace(-1, 1, 4))
print(np.linspace(2, 3, 1))
print(np.linspace(0, 1, 5).dtype)
print(len(np.linspace(0, 100)))
