import numpy as np
import array
a = [1, 2, 3]
b = a
a[0] = 0
print(b)
c = np.array(a)
a[1] = 0
print(c)
print(a)
arr1 = c[:]
arr2 = c.copy()
c[2] = 30
print(arr1, arr2)
