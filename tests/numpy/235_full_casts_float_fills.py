import numpy as np
# np.full casts a float fill unsafely, like an array; a Python int must still fit
print(np.full(3, -1.0, dtype=np.uint8))
print(np.full(2, 2.9, dtype=np.int16), np.full(2, np.float64(-3.5), dtype=np.int8))
print(np.full(0, np.inf, dtype=np.int16))
print(np.full((2, 2), -0.0), np.full(2, 7, dtype=np.uint8), np.full(2, True))
print(np.full(3, 300, dtype=np.uint8))
