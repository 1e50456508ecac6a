import numpy as np
print(np.expand_dims(np.arange(3), 1).shape)
np.expand_dims(np.arange(3), (0, 0))
