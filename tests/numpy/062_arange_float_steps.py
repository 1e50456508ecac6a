import numpy as np
a = np.arange(0.5, 3.0, 0.5)
print(a)
print(a.dtype)
print(np.arange(1.0, -1.0, -0.5))
print(np.arange(3.0))
print(len(np.arange(0, 2, 0.1)))
