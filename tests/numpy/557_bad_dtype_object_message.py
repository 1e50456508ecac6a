import numpy as np
# dtype= given something that is no dtype: NumPy names the object in its message
x = np.zeros(2, dtype=len)
