import numpy as np
a = np.arange(6)
print(a.reshape(2, 3))
print(a.reshape(3, 2).shape)
a.reshape(4)
