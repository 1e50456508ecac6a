import numpy as np
# np.reshape(scalar, ()) and scalar.reshape(()) give a NumPy scalar back, not a 0-d array
print(repr(np.reshape(np.uint64(0), ())), repr(np.int8(3).reshape(())), type(np.reshape(np.float32(1), ())))
