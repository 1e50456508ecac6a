import numpy as np
m = np.arange(9).reshape(3, 3)
print(m[0] + m[2])
print(m[:, 0] * m[:, -1])
print(m.T - m)
print(m[::2, ::2] ** 2)
d = m.diagonal() * 10
d[0] = 5
print(d)
