# mean over an axis of a NumPy scalar raises AxisError, as for a 0-d array.
import numpy as np
m = np.zeros(4).mean(axis=0)
print(repr(m))
m.mean(axis=0)
