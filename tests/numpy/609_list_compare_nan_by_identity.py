import numpy as np
# list comparison and list.remove find np.nan by identity first (one object); two float('nan') differ
print([1, np.nan] >= [1, np.nan], [1.0, float('nan')] >= [1.0, float('nan')])
L = [1.0, np.inf, np.nan]
L.remove(np.nan)
print(L)
