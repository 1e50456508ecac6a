import numpy as np
# sorted() uses Python's '<', under which nan compares False: the order is what timsort makes of it
print(sorted([1.5, 0.0, float('nan'), 0.0]), sorted([3.0, float('nan'), 1.0, 2.0]))
print(sorted(np.array([2.0, np.nan, 1.0, -1.0])))
