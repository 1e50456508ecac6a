import numpy as np
arr = np.array([1, 2, 3])
print(arr)
view = arr[1:]
print(arr, view)
view[0] = 10
print(arr, view)
arr[2] = 20
print(arr, view)
print(view.base is arr)
print(np.shares_memory(arr, view))
