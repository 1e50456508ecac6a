import numpy as np
m = np.zeros((3, 3))
print(m.diagonal())
print(m.diagonal().flags.writeable)
m.diagonal()[0] = 1
