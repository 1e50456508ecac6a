import numpy as np
import array
a = array.array('i', [1, 2, 3])
arr = np.frombuffer(a, dtype='int32')
v = arr[1:]
print(v)
del arr
del v
a.append(4)
print(a)
