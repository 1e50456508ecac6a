import numpy as np
m = np.arange(16).reshape(4, 4)
print(m.diagonal())
print(m.diagonal(1))
print(m.diagonal(-2))
print(np.diagonal(m).base is m)
print(m.diagonal().copy().flags.writeable)
