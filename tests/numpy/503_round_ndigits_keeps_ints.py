import numpy as np
# round(int, n) is an int, and round(np.int64, n) is an np.int64; only floats become floats
print(round(5, 1), round(5, 0), round(15, -1), round(True, 0), round(-7, 2))
print(repr(round(np.int64(7), 0)), repr(round(np.int8(3), -1)), repr(round(np.uint16(9), 1)))
print(round(np.arange(4).sum(), 0), round(np.array([3]).max(), 2), [round(0, 0)])
