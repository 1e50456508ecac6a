import numpy as np
t = np.array([True, False, True])
print(t + t)
print((t + t).dtype)
print(t * 3)
print(t + 0.5)
print(t.sum())
print(t & np.array([False, False, True]))
