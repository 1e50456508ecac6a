import numpy as np

# A misspelt NumPy function: the closest name in the numpy module is suggested.
grid = np.zeros((2, 2))
print(grid)
line = np.linspac(0, 1, 5)
