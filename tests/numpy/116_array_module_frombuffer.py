import numpy as np
import array
a = array.array('i', [1, 2, 3])
print(a)
arr = np.frombuffer(a, dtype='int32')
print(arr)
print(repr(arr))
a[0] = 88
print(a)
print(repr(arr))
