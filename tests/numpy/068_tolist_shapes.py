import numpy as np
a = np.arange(4)
print(a.tolist())
print(np.arange(6).reshape(2, 3).tolist())
print(np.array([1.5, 2.0]).tolist())
print(np.array([True, False]).tolist())
print(np.array(5).tolist())
t = a.tolist()
t[0] = 100
print(a)
