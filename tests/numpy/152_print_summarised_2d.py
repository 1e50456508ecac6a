import numpy as np
m = np.arange(2000).reshape(40, 50)
print(m)
print(repr(m))
print(m.T)
