import numpy as np
print(np.zeros(3, order=None))
np.zeros((2, 3), order='K')
