import numpy as np
# a bool view of bytes other than 0 and 1 holds True wherever the byte is not 0
a = np.arange(4, dtype=np.uint8)
b = a.view(np.bool_)
print(b, b == True, b <= True, b[b == True], b.sum())
