import numpy as np
import array
a = array.array('i', [7, 8, 9])
arr = np.frombuffer(a, dtype='int32')
v = arr[::2]
del arr
print(v)
a.append(10)
