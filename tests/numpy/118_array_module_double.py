import numpy as np
import array
d = array.array('d', [0.5, 1.5])
f = np.frombuffer(d, dtype=np.float64)
print(f)
f *= 2
print(d)
print(len(d), f.size)
print(array.array('i'))
