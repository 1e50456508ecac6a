import numpy as np
a = np.array([np.nan, np.inf, -np.inf, 1.0])
print(a)
print(repr(a))
print(np.array([np.nan, 2.5]))
print(a.max())
print(np.inf, -np.inf, np.nan)
print(np.array([1.0, np.inf]) * 0)
