import numpy as np
print(repr(np.int8(3)))
print(repr(np.uint8(200)))
print(repr(np.float32(1.5)))
print(repr(np.int16(-4)))
print(repr(np.array([1], dtype=np.int32)[0]))
print(np.float64(2.0), np.int64(2))
print(repr(np.float64(1e20)))
