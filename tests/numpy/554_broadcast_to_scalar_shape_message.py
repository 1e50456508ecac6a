import numpy as np
# broadcasting an array of size other than 1 to shape () has its own message
np.broadcast_to([], ())
