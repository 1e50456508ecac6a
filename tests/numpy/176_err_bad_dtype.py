import numpy as np
a = np.zeros(3, dtype='int32')
print(a)
print(a.dtype)
b = np.zeros(3, dtype='int9')
