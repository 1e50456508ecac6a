import numpy as np
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
print(d)
print(d.flags.writeable)
print(np.shares_memory(m, d))
m[1, 1] = 40
print(d)
d[0] = 1
