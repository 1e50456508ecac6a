import numpy as np
# v[:, [..]] is a transposed view of NumPy's new array: F-contiguous, not owning its data
v = np.arange(12).reshape(3, 4)
print(v[:, [0, 2]].flags)
print(v[:, [1]].flags.c_contiguous, v[1:, [1, 2, 3]].flags.f_contiguous, v[:, [True, False, True, True]].flags.owndata)
