import numpy as np
a = np.arange(3)
print(a)
b_value = a[0]
print(b)
