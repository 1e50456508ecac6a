import numpy as np
z = np.array(5)
print(z)
print(repr(z))
print(repr(np.array(2.5)))
print(repr(np.array(True)))
print(z.shape, z.ndim)
print(repr(np.array(3, dtype=np.int8)))
