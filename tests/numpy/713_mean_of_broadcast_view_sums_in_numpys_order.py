# The mean of a broadcast view adds its elements in NumPy's order (row by row here), so the
# overflow of -max + -max never happens: NumPy prints 0.0.
import numpy as np
print(np.broadcast_to([-1.7976931348623157e+308, 0, 1.7976931348623157e+308], [2, 3]).mean())
