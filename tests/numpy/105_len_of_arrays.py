import numpy as np
print(len(np.arange(7)))
print(len(np.zeros((4, 2))))
print(len(np.arange(12).reshape(3, 4).T))
print(len(np.arange(10)[2:5]))
print(len(np.arange(10)[::3]))
print(len([1, 2, 3]))
