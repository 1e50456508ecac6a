import numpy as np
print(np.expand_dims(np.arange(3), -2).shape)
np.expand_dims(np.arange(3), 3)
