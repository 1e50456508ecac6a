import numpy as np

arr = np.array([3, 1, 2], dtype=object)
print(repr(arr))
print(np.sum(arr))
