# Casting floats outside [-2**31, 2**32) to uint32: NumPy's vector loop gives 0 or 2**31, its
# scalar loop the low 32 bits of the int64, so the result depends on the array's length.
import numpy as np
print(np.array([3e9, -5.5, 7.0]).astype('u4'))
print(np.array(np.array([[[0.0], [1e+16]], [[0.0], [0.0]]]), dtype='I'))
print(np.array([5e9] * 20).astype('u4')[:2], np.array([5e9]).astype('u4'))
