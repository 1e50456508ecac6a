# Source: https://github.com/numpy/numpy/blob/3de5d59145df1d351295db5dc39beadbae84fb29/doc/source/user/basics.byteswapping.rst
# What: Byte-swapping, "change dtype to match data": a wrong-endian view, then arr.newbyteorder() (removed in NumPy 2: AttributeError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: big_end_buffer = bytearray([0,1,3,2]) (copied from earlier on the same page)
import numpy as np
big_end_buffer = bytearray([0,1,3,2])
wrong_end_dtype_arr = np.ndarray(shape=(2,),dtype='<i2', buffer=big_end_buffer)
print(repr(wrong_end_dtype_arr[0]))
fixed_end_dtype_arr = wrong_end_dtype_arr.newbyteorder()
print(repr(fixed_end_dtype_arr[0]))
