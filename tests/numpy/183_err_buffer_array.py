import numpy as np
import array
a = array.array('i', [1, 2])
n = np.frombuffer(a, dtype=np.int32)
n[0] = 5
print(a)
a.append(3)
