import numpy as np
# transpose with an axis twice: NumPy says 'repeated axis in transpose'
np.zeros((2, 2)).transpose(0, 0)
