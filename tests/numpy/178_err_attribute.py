import numpy as np
a = np.arange(3)
print(a.size)
print(a.ndim)
a.foo
