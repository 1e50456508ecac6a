import numpy as np
print(np.array([1.0, 2.0]))
print(np.array([1.0, 2.5]))
print(repr(np.array([1.0, 2.5])))
print(np.array([1 / 3, 2 / 3]))
print(np.array([0.1, 0.25, 100.0]))
print(np.array([-1.5, 0.0, 2.25]))
print(repr(np.zeros(3)))
