import numpy as np
barr = bytearray([65, 66, 67, 68])
print(barr)
byte_array = np.frombuffer(barr, dtype='int8')
print(byte_array)
print(repr(byte_array))
byte_array[1] = 98
print(repr(byte_array))
print(barr)
barr[0] = 97
print(byte_array)
