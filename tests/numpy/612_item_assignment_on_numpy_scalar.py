import numpy as np
# (np.ones(()) / 0) is a NumPy scalar: an in-place item assignment on it is a TypeError
x = np.ones(()) / 0
x[...] %= 0
