import numpy as np
e = np.array([])
print(e)
print(repr(e))
print(repr(np.arange(0)))
print(repr(np.zeros((0, 3))))
print(np.zeros((2, 0), dtype=int))
print(repr(np.array([], dtype=np.int8)))
print(e.shape, e.size)
