import numpy as np
a = np.arange(5)
a[[0, 2]] = 5
print(a)
a[[1, 3]] = [10, 30]
print(a)
m = np.zeros((3, 3), dtype=int)
m[[0, 2]] = 1
print(m)
m[:, [1]] = 4
print(m)
