import numpy as np
a = np.arange(5) * 10
print(a[-1])
print(a[-2])
print(a[-5])
print(a[-3:])
print(a[:-2])
print(a[-4:-1])
