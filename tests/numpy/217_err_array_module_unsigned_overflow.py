import numpy as np
import array
a = array.array('H', [1, 2])
a[0] = 65535
print(a)
v = np.frombuffer(a, dtype=np.uint16)
v[1] = 40000
print(a)
a.append(70000)
