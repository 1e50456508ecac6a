import numpy as np
print(np.arange(2))
print(np.ones(2))
print(np.full(2, 3))
np.not_a_function(3)
