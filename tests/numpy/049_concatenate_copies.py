import numpy as np
a = np.array([1, 2])
b = np.array([3, 4, 5])
c = np.concatenate([a, b])
print(c)
c[0] = 0
print(a)
m = np.concatenate((np.zeros((1, 2)), np.ones((2, 2))))
print(m)
print(np.concatenate([a[::-1], a]))
print(np.shares_memory(a, c))
