import numpy as np
a = np.array([1, 2, 3])
print(a)
print(repr(a))
print(repr(np.array([-1, 10, -100])))
print(np.array([-1, 10, -100]))
print(repr(np.arange(3, dtype=np.int32)))
print(repr(np.arange(3, dtype=np.uint8)))
