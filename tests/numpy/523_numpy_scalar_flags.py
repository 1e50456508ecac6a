import numpy as np
# a NumPy scalar's flags say it is read-only, and its flags cannot be set
print(np.int32(5).flags, np.arange(3)[0].flags.writeable, np.ones((2, 2))[0, 0].flags.writeable)
s = np.ones(()) / 2
s.flags.writeable = False
