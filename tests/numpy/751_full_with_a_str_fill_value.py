# np.full with a str fill makes a string array (dtype '<U1'), even of size 0.
import numpy as np
print(repr(np.full(2, [2])))
print(repr(np.full(0, 'a')))
