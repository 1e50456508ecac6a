import numpy as np

# A misspelt method: Python suggests the closest name of the array's attributes.
a = np.arange(6)
b = a.reshape(2, 3)
print(b.shape)
c = b.transpos()
