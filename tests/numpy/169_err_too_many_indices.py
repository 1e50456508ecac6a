import numpy as np
a = np.arange(5)
print(a[1])
print(a[1:3])
print(a[1, 2])
