import numpy as np
a = [1, 2, 3]
arr = np.array(a)
x = arr[0]
arr[0] = 100
print(x)
print(arr[0])
print(x == a[0])
print(repr(x))
