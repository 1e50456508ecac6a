import numpy as np
a = np.array([1.7, -2.2, 3.9])
i = a.astype(np.int32)
print(i)
print(i.dtype)
b = a.astype(np.float64)
b[0] = 0
print(a)
print(np.array([0, 2, 0]).astype(bool))
print(np.array([300, 5]).astype(np.uint8))
