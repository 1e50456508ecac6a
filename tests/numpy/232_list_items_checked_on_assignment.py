import numpy as np
# each Python number of a list written into an integer array is converted like a scalar
a = np.zeros(4, dtype=np.uint16)
a[2:] = [7, 2.9]
print(a)
b = np.zeros(3, dtype=np.int8)
b[[0, 2]] = (5, -6.5)
print(b)
c = np.zeros(2, dtype=np.float32)
c[:] = [-1, 1e10]
print(c)
m = np.zeros((2, 2))
m[:] = [[1, 2]]
print(m)
a[:2] = [-1, 2]
