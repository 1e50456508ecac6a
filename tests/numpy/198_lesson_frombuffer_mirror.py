import numpy as np
import array
a = array.array('i', [1, 2, 3])
arr = np.frombuffer(a, dtype='int32')
a[0] = 88
print(a)
print(repr(arr))
arr[2] = 33
print(a)
print(arr.base is None)
