import numpy as np
rows = [[1, 2, 3], [4, 5, 6]]
m = np.array(rows)
rows[0][0] = 100
print(m)
print(rows)
print(m.shape)
print(np.array([[1.5, 2], [3, 4]]))
print(np.array([[True], [False]]).shape)
