import numpy as np
# a name is its own object, whatever it holds: a 0-d division result, a float, a NumPy scalar
x = np.array(1.0) / np.array(3.0)
y = 2.5
z = np.float32(1) + np.float32(2)
print(x is not x, x is x, y is y, y is not y, z is z, x is y)
