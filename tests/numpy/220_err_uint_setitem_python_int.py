import numpy as np
a = np.zeros(3, dtype=np.uint16)
a[0] = 65535
print(a)
a[1] = -1
