import numpy as np
m = np.arange(1, 10).reshape(3, 3)
print(m[0, 0])
print(m[2, -1])
print(m[-1, -1])
print(m[1][2])
m[1, 1] = 50
print(m)
print(m[-2])
