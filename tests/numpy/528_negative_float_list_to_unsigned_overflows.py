import numpy as np
# a negative float converted to an unsigned dtype from a list is an OverflowError
print(np.asarray([1.0], dtype='H'))
print(np.asarray([-1.0], dtype='H'))
