import numpy as np
# an integer-array index on a later axis gives a result laid out like NumPy's (not always C order)
m = np.arange(6).reshape(2, 3)
x = m[:, [2, 0, 1, 1]]
print(x.strides, x.flags.c_contiguous, x.flags.f_contiguous, x.T.strides)
y = np.ones((2, 3, 4))[:, :, [0, 3]]
print(y.strides, np.arange(1002).reshape(501, 2)[:, np.array([1, 0, 1])][39, None].flags.f_contiguous)
