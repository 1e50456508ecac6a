import numpy as np

# An empty array with enormous other dimensions is still too big for NumPy.
empty = np.zeros((0, 2**61), dtype=np.int8)
print(empty.shape, empty)
huge = np.zeros((0, 2**62, 2**62))
