import numpy as np
b = np.array([True, False, True])
print(b)
print(repr(b))
m = np.arange(6).reshape(2, 3) > 2
print(m)
print(repr(m))
print(True, False)
