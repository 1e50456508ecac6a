import numpy as np
a = np.arange(12)
b = a.reshape(3, 4)
c = b[1:]
d = c[:, ::2]
print(a.base is None)
print(b.base is a)
print(c.base is a)
print(d.base is a)
print(d.base is b)
print(d)
