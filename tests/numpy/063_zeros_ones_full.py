import numpy as np
print(np.zeros(3))
print(np.zeros((2, 3), dtype=np.int32))
print(np.ones(4, dtype=int))
print(np.ones((2, 2)))
print(np.full(3, 7))
print(np.full((2, 2), 1.5))
print(np.full((2, 3), -1, dtype=np.int8))
