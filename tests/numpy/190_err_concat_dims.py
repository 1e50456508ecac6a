import numpy as np
a = np.zeros((2, 2))
print(np.concatenate([a, a]).shape)
print(np.concatenate([a, a], axis=1).shape)
np.concatenate([a, np.zeros(2)])
