import numpy as np
# an empty index array of dtype bool indexes as an empty integer index (nothing selected)
a = np.arange(3)
print(a[np.array([], dtype=bool)])
a[np.array([], dtype=bool)] = 5
print(a)
