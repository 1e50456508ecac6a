import numpy as np
# np.array of a list mixing 0-d arrays and scalars
print(repr(np.array([np.array(0), 1])), repr(np.array([np.array(False)[...], np.array(True)])))
