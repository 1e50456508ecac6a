# CPython words a bad bytes index as "byte indices must be integers or slices".
import numpy as np
print(bytearray(b'ab')[1], b'ab'[0])
if 0.0:
    pass
elif bytes()[()]:
    pass
