import numpy as np
m = np.array([[1, -20, 3], [400, 5, -6]])
print(m)
print(repr(m))
f = np.array([[1.5, -2.0], [30.25, 4.0]])
print(f)
print(repr(f))
