import numpy as np
# @ is outside viewfinder's subset: it must be refused with NotImplementedError, not a TypeError
a = np.array([[1, 2], [3, 4]])
print(a @ a)
