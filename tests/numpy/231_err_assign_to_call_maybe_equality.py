import numpy as np
a = np.arange(4)
print(a)
a.reshape(2, 2) = 1
