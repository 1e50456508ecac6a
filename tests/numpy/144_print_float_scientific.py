import numpy as np
print(np.array([1e10, 1.0]))
print(np.array([1e-5, 1.0]))
print(np.array([1e-5, 1e-6]))
print(np.array([123456789.0, 0.5]))
print(np.array([1e16]))
print(repr(np.array([1e-10, 5.0])))
