import numpy as np
a = np.arange(12)
print(a.reshape(3, -1).shape)
print(a.reshape(-1, 6).shape)
a.reshape(5, -1)
