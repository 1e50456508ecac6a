import numpy as np
# diagonal() needs two different axes
m = np.arange(4).reshape(2, 2)
print(m.diagonal(axis1=1, axis2=0))
print(m.diagonal(axis2=0))
