import numpy as np
t = np.arange(12).reshape(2, 3, 2)
print(t)
print(repr(t))
print(np.zeros((2, 1, 2), dtype=bool))
