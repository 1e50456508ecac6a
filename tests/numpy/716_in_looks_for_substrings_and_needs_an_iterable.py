# `in` on a str looks for a substring; on something that cannot be iterated it raises
# "argument of type ... is not iterable" (not the message of iter()).
import numpy as np
print('ab' in 'abc', '' in 'x', 'z' not in 'abc', 1 in [1, 2], 3 in (1, 2), 2 in range(3))
print(5 in b'\x05', b'\x05' in b'a\x05', 'ie' in 'view', 'VIEW' in 'view')
print(np.int64(3) in [3], 2.0 in np.arange(3))
if 0 in 0:
    pass
