import numpy as np
a = [1, 2, 3]
b = a
c = a[:]
arr = np.array(a)
a[0] = 0
print(a, b, c)
print(arr)
arr1 = arr[:]
arr2 = arr.copy()
arr[1] = 5
print(arr1)
print(arr2)
