import numpy as np
bs = bytes([65, 66, 67, 68])
print(bs)
byte_array = np.frombuffer(bs, dtype='int8')
print(byte_array)
print(byte_array.flags.writeable)
print(bs)
byte_array[1] = 98
