import numpy as np
a = np.array([1, 2, 3])
print([a[0], a[1]])
print((a[0], a[2]))
print([a.sum(), a.mean()])
f = np.array([0.5], dtype=np.float32)
print([f[0]])
print([np.array([1, 2], dtype=np.int8)[1]])
print(a.tolist())
