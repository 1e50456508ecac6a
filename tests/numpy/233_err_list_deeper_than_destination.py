import numpy as np
a = np.zeros(4)
a[1:4] = [[1, 2, 3]]
