import numpy as np
np.squeeze(np.arange(3), 0)
