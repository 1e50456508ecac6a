import numpy as np
a = np.arange(6)
a.reshape(2, 3, order='Q')
