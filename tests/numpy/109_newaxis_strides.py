import numpy as np
a = np.arange(3)
print(a[:, None].strides)
print(a[None, :].strides)
print(a[None, :, None].shape)
print(a[:, None].flags['C_CONTIGUOUS'])
print(a[:, None].base is a)
