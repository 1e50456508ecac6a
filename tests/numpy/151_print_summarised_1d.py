import numpy as np
a = np.arange(2000)
print(a)
print(repr(a))
print(a[::2].size)
print(np.arange(1001))
print(repr(np.arange(1000)))
