import numpy as np
import array
a = array.array('i', [1, 2, 3])
arr = np.frombuffer(a, dtype='int32')
print(arr)
a[1] = 20
print(arr)
a.append(4)
