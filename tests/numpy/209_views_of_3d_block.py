import numpy as np
cube = np.arange(8).reshape(2, 2, 2)
front = cube[0]
side = cube[:, :, 0]
front[1, 0] = 20
print(side)
side[1, 1] = 60
print(cube)
print(cube.ravel())
