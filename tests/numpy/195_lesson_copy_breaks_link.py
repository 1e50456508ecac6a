import numpy as np
arr = np.array([1, 2, 3])
snapshot = arr.copy()
view = arr[:]
arr[0] = -1
print(snapshot)
print(view)
snapshot[1] = 0
print(arr)
print(view.base is arr, snapshot.base is None)
