import numpy as np
# casting nan and -inf to uint32 gives what NumPy's C cast gives on this machine (2147483648)
x = np.array([np.nan, np.inf, -np.inf, 1e20, -1.0])
print(x.astype(np.uint32), np.array(x / 1, dtype=np.uint32))
