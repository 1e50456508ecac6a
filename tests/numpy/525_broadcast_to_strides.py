import numpy as np
# broadcast_to gives stride 0 to every axis it broadcasts, length-1 axes and empty ones included
print(np.broadcast_to(np.arange(1), [1]).strides, np.broadcast_to(np.zeros((1, 1)), [1, 0]).strides)
print(np.broadcast_to(np.zeros((2, 1)), (2, 0)).strides, np.broadcast_to(np.arange(3), (1, 3)).strides)
