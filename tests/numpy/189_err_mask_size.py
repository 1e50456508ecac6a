import numpy as np
a = np.arange(4)
print(a[np.array([True, False, True, False])])
print(a[a > 1])
a[np.array([True, False])]
