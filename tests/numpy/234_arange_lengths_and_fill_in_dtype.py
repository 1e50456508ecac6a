import numpy as np
# lengths are exact for Python ints; elements after the second are start + i*delta computed in the dtype
print(np.arange(2**62, 2**62 + 10, 3))
print(np.arange(2**53, 2**53 + 5))
print(np.arange(9007199254740989, 9007199254741003, 7))
print(np.arange(9223372036854775000, 9223372036854775801, 100))
print(np.arange(-2**62, -2**62 + 7), np.arange(10, 0, -3), np.arange(10, 0, 3), np.arange(-7, 8, 4), np.arange(7, -8, -4))
print(np.arange(-1.5, 5, dtype=np.int8))
print(np.arange(-1.5, 5, 0.5, dtype=np.int8))
print(np.arange(0, 2.0, 0.1, dtype=np.float32)[13])
print(np.arange(0.3, 1.5, 0.2, dtype=np.float32))
print(np.arange(0, 2, dtype=np.bool), np.arange(5.0), np.arange(1, 2, 0.1), np.arange(0, 300, 100, dtype=np.uint8))
print(np.arange(250, 256, 2, dtype=np.uint8))
print(np.arange(0, 3, dtype=np.bool))
