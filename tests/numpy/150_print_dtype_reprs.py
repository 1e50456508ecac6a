import numpy as np
print(repr(np.array([1, 2], dtype=np.int8)))
print(repr(np.array([1, 2], dtype=np.int16)))
print(repr(np.array([1, 2], dtype=np.int64)))
print(repr(np.array([1, 2], dtype=np.float32)))
print(repr(np.array([1, 0], dtype=bool)))
print(repr(np.array([1.5], dtype=np.float64)))
print(repr(np.array([[1, 2]], dtype=np.uint8)))
