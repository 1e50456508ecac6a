import numpy as np
barr = bytearray([65, 66, 67, 68])
byte_array = np.frombuffer(barr, dtype='int8')
byte_array[1] = 98
print(barr)
byte_array[3] = 100
print(barr)
print(byte_array)
bs = bytes(barr)
print(bs)
