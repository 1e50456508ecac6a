# 0.0 * inf is a NaN with the sign bit set on x86; NumPy's vectorised sort writes NaNs back as
# its own nan, so the bytes after sorting show 127 where the NaN's last byte was -1.
import numpy as np
print(np.sort(np.array([np.nan, 1, np.nan, 0])))
s = np.linspace(2, -2, 3)
s *= [0.0, float('inf'), 0.5]
print(np.sort(s).view(np.int8).view())
