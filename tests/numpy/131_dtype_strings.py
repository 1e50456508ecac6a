import numpy as np
print(np.zeros(2, dtype='int8').dtype)
print(np.zeros(2, dtype='f4').dtype)
print(np.zeros(2, dtype='float64').dtype)
print(np.zeros(2, dtype='u1').dtype)
print(np.zeros(2, dtype='i2').dtype)
print(np.zeros(2, dtype='bool').dtype)
print(np.zeros(2, dtype='int32').dtype)
