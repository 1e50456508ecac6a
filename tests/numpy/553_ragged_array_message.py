import numpy as np
# the detected shape of a ragged nested list counts every level it got through
np.array([[[], [0]]])
