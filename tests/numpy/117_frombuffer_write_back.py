import numpy as np
import array
a = array.array('i', [5, 6, 7, 8])
arr = np.frombuffer(a, dtype=np.int32)
print(arr.flags.writeable)
arr[1] = -6
print(a)
arr[2:] = 0
print(a)
print(arr.flags.owndata)
