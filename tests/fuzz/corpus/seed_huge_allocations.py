import numpy as np
a = np.arange(5)
x = np.zeros(10**12)
