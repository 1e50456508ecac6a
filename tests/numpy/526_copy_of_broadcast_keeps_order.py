import numpy as np
# copying a broadcast view (order='K') lays the zero-stride axis out last
b = np.broadcast_to(np.arange(4, 12), [2, 8])
print(np.array(b).strides, np.copy(b).strides, b.astype(float).strides, b.copy().strides)
