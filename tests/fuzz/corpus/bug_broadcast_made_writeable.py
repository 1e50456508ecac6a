# Found by the fuzzer: a broadcast view made writeable, then written in place, panicked
# (ndarray refuses a writable view with zero strides). NumPy refuses the flag instead.
import numpy as np
a = np.arange(12)
t = np.broadcast_to(a, (1000, 12))
t.flags.writeable = True
t //= a is a
