import numpy as np
a = np.arange(3)
a.flags.writeable = False
print(a + 1)
a += 1
