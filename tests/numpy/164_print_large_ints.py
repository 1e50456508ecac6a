import numpy as np
a = np.array([10 ** 12, -5])
print(a)
print(repr(a))
print(np.array([2 ** 62, 1]))
print(np.arange(5) * 1000000)
print(np.array([255, 0], dtype=np.uint8))
