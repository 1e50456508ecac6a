import numpy as np
m = np.arange(60).reshape(2, 30)
print(m)
print(repr(np.arange(40, dtype=np.int8).reshape(2, 20)))
print(np.full((2, 12), 0.125))
