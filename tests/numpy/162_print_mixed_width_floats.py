import numpy as np
print(np.array([1.0, 10.0, 100.0]))
print(np.array([0.001, 1000.0]))
print(np.array([-0.5, 12345.678]))
print(np.array([3.14159265358979, 2.0]))
print(np.array([1.0, 2.0]) / 3)
print(np.array([[1.0, 1 / 3], [100.0, -2.0]]))
