# An index with one integer per axis sets one element: NumPy converts the value as a scalar,
# so any array that is not 0-d (even of size 1) is "a sequence"; with `...` it is a view and
# the value broadcasts.
import numpy as np
a = np.ones(3)
m = np.ones((2, 2))
a[0] = np.array(7.0)
m[1, ...] = np.ones(1)
print(a, m)
m[0][0] = np.ones((1, 1))
