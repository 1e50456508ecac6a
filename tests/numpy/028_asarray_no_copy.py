import numpy as np
a = np.arange(4)
b = np.asarray(a)
print(b is a)
c = np.asarray([1, 2, 3])
print(c)
lst = [5, 6, 7]
d = np.asarray(lst)
lst[0] = 0
print(d)
print(lst)
print(np.asarray(a, dtype=np.float64) is a)
