import numpy as np
flat = np.arange(1, 7)
grid = flat.reshape(2, 3)
grid[1, 2] = 60
print(flat)
flat[0] = 10
print(grid)
col = grid[:, 1]
col *= -1
print(flat)
