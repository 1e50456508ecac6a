import numpy as np
m = np.arange(9).reshape(3, 3)
print(m[[0, 1, 2], [2, 1, 0]])
print(m[[0, 2]])
print(m[:, [0, 2]])
sub = m[[1]]
print(sub.shape)
sub[0, 0] = 100
print(m[1])
