import numpy as np
a = np.arange(3)
a *= 2
print(a)
a += 1.5
