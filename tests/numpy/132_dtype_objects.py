import numpy as np
a = np.arange(3, dtype=np.int8)
print(a.dtype)
print(repr(a.dtype))
print(a.dtype == np.int8)
print(a.dtype == 'int8')
print(a.dtype == np.int64)
print(np.arange(3).dtype == np.int64)
print(repr(np.zeros(1).dtype))
