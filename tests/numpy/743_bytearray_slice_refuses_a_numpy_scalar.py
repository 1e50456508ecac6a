# A bytearray slice takes bytes, buffers or iterables of ints: a NumPy scalar is a number,
# refused as CPython refuses every number.
import numpy as np
b = bytearray(b'abc')
b[1:] = [7, 8]
print(b)
try:
    b[:] = np.int8(3)
except TypeError as e:
    print(e)
b[:] = np.int8()
