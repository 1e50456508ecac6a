import numpy as np
arr = np.arange(6)
left = arr[:4]
right = arr[2:]
left[3] = 30
print(right)
right[0] = 20
print(left)
print(np.shares_memory(left, right))
print(arr)
