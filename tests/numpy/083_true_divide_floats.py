import numpy as np
a = np.arange(1, 5)
print(a / 3)
print(a / 2)
print(1 / a)
print(a / a)
print(np.ones(3) / 8)
