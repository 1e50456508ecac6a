import numpy as np
arr = np.array([1, 2, 3])
view = arr[1:]
print(view)
view[0] = 10
print(arr)
arr[2] = 20
print(view)
print(arr, view)
