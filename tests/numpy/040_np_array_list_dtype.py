import numpy as np
lst = [1, 2, 3]
a = np.array(lst, dtype=np.int16)
print(a)
print(a.dtype)
lst[0] = 9
print(a)
f = np.array([1, 2, 3], dtype=float)
print(f)
print(np.array([0, 1, 2], dtype=bool))
