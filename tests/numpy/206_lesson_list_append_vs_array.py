import numpy as np
a = [1, 2, 3]
arr = np.array(a)
a.append(4)
print(a)
print(arr)
print(len(a), len(arr))
b = np.concatenate([arr, [4]])
print(b)
print(np.shares_memory(arr, b))
