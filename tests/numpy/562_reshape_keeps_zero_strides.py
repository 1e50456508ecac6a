import numpy as np
# a reshape to the same shape keeps the strides, a zero stride included
s = np.bool_(True)[None]
print(s.strides, s.reshape(1).strides, np.broadcast_to(np.arange(3), (2, 3)).reshape(2, 3).strides)
