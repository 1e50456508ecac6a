import numpy as np
a = np.array([1, 2, 3])
b = a + 0
b[0] = 100
print(a)
print(b)
c = a * 1
print(c is a)
print(np.shares_memory(a, c))
d = -a
print(d, a)
