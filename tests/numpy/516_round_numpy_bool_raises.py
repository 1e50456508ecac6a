import numpy as np
# round() of a NumPy bool is a TypeError (np.bool defines no __round__)
x = np.array([True, False])
print(round(np.int8(3)))
print(round(x.max()))
