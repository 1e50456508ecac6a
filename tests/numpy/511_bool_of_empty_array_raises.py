import numpy as np
# NumPy 2: the truth value of an empty array is an error
print(bool(np.array([1])))
print(bool(np.array([])))
