import numpy as np
# broadcast_to of a Python scalar can be made writeable (NumPy owns the temporary behind it)
b = np.broadcast_to(0, (3,))
print(b.flags.writeable)
b.flags.writeable = True
print(b.flags.writeable)
