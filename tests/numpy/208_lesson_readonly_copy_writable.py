import numpy as np
m = np.arange(9).reshape(3, 3)
d = m.diagonal()
print(d.flags.writeable)
d2 = d.copy()
d2[0] = 100
print(d2)
print(m.diagonal())
e = np.diagonal(m).copy()
print(e.flags.owndata)
