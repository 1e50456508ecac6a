# Found by the fuzzer: an empty broadcast whose other axes overflow an isize was accepted,
# and computing on it panicked in ndarray. NumPy refuses such a shape ("array is too big").
import numpy as np
x = 5
y = not ~np.broadcast_to(x, (0, 2, 2**62,))
a = np.arange(3)[:0]
b = a.reshape(0, 2**62)
