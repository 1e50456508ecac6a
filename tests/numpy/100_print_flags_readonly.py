import numpy as np
m = np.arange(4).reshape(2, 2)
print(m.T.flags)
d = np.broadcast_to(m[0], (3, 2))
print(d.flags)
