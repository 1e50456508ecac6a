import numpy as np
a = np.arange(4)
b = np.array(a)
b[1] = 50
print(a)
print(b)
print(b is a)
print(b.base is None)
c = np.array(a, dtype=np.float32)
print(c)
