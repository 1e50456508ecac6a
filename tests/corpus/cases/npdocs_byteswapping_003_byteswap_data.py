# Source: https://github.com/numpy/numpy/blob/3de5d59145df1d351295db5dc39beadbae84fb29/doc/source/user/basics.byteswapping.rst
# What: Byte-swapping, "change data to match dtype": byteswap() returns swapped bytes, the buffer is unchanged
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Setup: big_end_buffer = bytearray([0,1,3,2]); wrong_end_dtype_arr = np.ndarray(shape=(2,),dtype='<i2', buffer=big_end_buffer) (copied from earlier on the same page)
import numpy as np
big_end_buffer = bytearray([0,1,3,2])
wrong_end_dtype_arr = np.ndarray(shape=(2,),dtype='<i2', buffer=big_end_buffer)
fixed_end_mem_arr = wrong_end_dtype_arr.byteswap()
print(repr(fixed_end_mem_arr[0]))
print(repr(fixed_end_mem_arr.tobytes() == big_end_buffer))
