# Source: https://github.com/numpy/numpy/blob/3de5d59145df1d351295db5dc39beadbae84fb29/doc/source/user/basics.byteswapping.rst
# What: Byte-swapping, introduction: np.ndarray over a bytearray as big-endian int16 and as little-endian uint32; scalar byte order
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
big_end_buffer = bytearray([0,1,3,2])
print(repr(big_end_buffer))
import numpy as np
big_end_arr = np.ndarray(shape=(2,),dtype='>i2', buffer=big_end_buffer)
print(repr(big_end_arr[0]))
print(repr(big_end_arr[1]))
little_end_u4 = np.ndarray(shape=(1,),dtype='<u4', buffer=big_end_buffer)
print(repr(little_end_u4[0] == 1 * 256**1 + 3 * 256**2 + 2 * 256**3))
print(repr(big_end_arr[0].dtype.byteorder == little_end_u4[0].dtype.byteorder))
