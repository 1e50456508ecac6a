# NumPy's bool scalars are two singletons: every True result is np.True_, the same object.
import numpy as np
print(np.array([]).any() is not np.array([]).any(), np.array([1]).any() is np.array([2]).all())
print(np.array([True])[0] is np.array([5]).all(), np.int64(1) is np.int64(1))
a = np.arange(3)
print((a > 1)[2] is (a < 5)[0], (a > 1)[0] is (a > 1)[2])
