import numpy as np
x = np.linspace(0, 2, 5)
y = x * x
print(y)
print(y.max())
print(np.arange(3) + np.linspace(0, 1, 3))
print(x[::-1] - x)
