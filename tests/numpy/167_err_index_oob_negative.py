import numpy as np
a = np.arange(4)
print(a[-4])
print(a[-4:])
a[-5] = 1
