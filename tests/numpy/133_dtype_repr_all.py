import numpy as np
print(repr(np.zeros(1, dtype=bool).dtype))
print(repr(np.zeros(1, dtype=np.int16).dtype))
print(repr(np.zeros(1, dtype=np.int32).dtype))
print(repr(np.zeros(1, dtype=np.uint8).dtype))
print(repr(np.zeros(1, dtype=np.float32).dtype))
print(repr(np.zeros(1, dtype=np.int64).dtype))
