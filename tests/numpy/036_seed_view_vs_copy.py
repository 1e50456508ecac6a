import numpy as np
arr = np.array([1, 2, 3])
view = arr[1:]
copy = arr[1:].copy()
view[0] = 10
copy[1] = 30
print(arr)
print(view)
print(copy)
print(np.shares_memory(arr, copy))
