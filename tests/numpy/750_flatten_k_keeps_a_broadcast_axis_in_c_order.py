# flatten and ravel with order='K' walk the array as NumPy's iterator does: a broadcast
# axis (stride 0) stays where C order puts it, while copy(order='K') orders by stride.
import numpy as np
a = np.arange(6).reshape(2, 3)
for x in [a[::-1], a[:, ::-1], a.T, a.T[::-1], np.broadcast_to(np.arange(3), (2, 3)),
          np.broadcast_to(np.arange(2)[:, None], (2, 3)), a[::-1].T,
          np.broadcast_to([0, 0, 0, 0, 0, 1], (2, 6))]:
    print(x.flatten('K'), x.ravel('K'), x.flatten('A'), x.copy(order='K').strides)
