import numpy as np
a = np.array([-1, 0, 1])
print(a.astype('uint8'))
print(a.astype('float32'))
print(a.astype('bool'))
print(a.astype('i1').dtype)
print(a.astype('f8'))
print(a.astype(np.int16).nbytes)
