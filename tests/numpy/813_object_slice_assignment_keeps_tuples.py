import numpy as np
oo = np.full(1, 'f', dtype=object)
oo[:] = [(0,)]
print(oo, type(oo[0]))
two = np.zeros(2, dtype=object)
two[:] = [(1, 2), (3,)]
print(two)
grid = np.zeros((2, 2), dtype=object)
grid[:] = [[(1,), (2,)], [(3,), (4,)]]
print(grid)
