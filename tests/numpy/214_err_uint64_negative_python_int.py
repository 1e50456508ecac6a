import numpy as np
u64 = np.array([1, 2, 3], dtype=np.uint64)
print(u64 - 1)
print(u64 > -1)
try_it = u64.astype(np.int64) + -1
print(try_it)
print(u64 + -1)
