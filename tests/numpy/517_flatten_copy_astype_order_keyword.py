import numpy as np
# flatten('F'), copy(order='F') and astype(..., order='F') make column-major copies
m = np.arange(6).reshape(2, 3)
print(m.flatten('F'), m.flatten(order='F'), m.copy(order='F').strides, m.astype(float, order='F').strides)
print(m.copy(order='F').flags.f_contiguous, np.ones((2, 2, 3)).copy(order='F').strides)
