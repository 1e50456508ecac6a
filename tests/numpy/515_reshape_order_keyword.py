import numpy as np
# reshape(..., order='F') and ravel('F') read and write the elements in column-major order
a = np.arange(6)
print(a.reshape(3, 2, order='F'), np.reshape(a, (2, 3), order='F'))
m = np.arange(6).reshape(2, 3)
print(m.ravel('F'), m.reshape(-1, order='F'), a.reshape((3, 2), order='F').strides)
v = m.T.reshape(6, order='F')
v[0] = 99
print(m)
