# Two strided views of a 100,000,000-byte buffer: does any element of one lie in the other?
import numpy as np
buf = np.zeros(100_000_000, dtype=np.uint8)
x = buf[::4]
y = buf[2::6]
print(np.shares_memory(x, y), np.may_share_memory(x, y))
z = buf[3::10]
print(np.shares_memory(x, z), np.shares_memory(y, z))
