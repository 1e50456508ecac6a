import numpy as np
a = np.arange(3)
print(np.zeros(2))
print(np.zeros((1, 2)))
np.zeros()
