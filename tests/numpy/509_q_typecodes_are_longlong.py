import numpy as np
# 'q'/'Q' are C long long: equal to int64/uint64 but a different type, so repr names the dtype
print(repr(np.array([0, 1], dtype='q')), repr(np.zeros((), dtype='q')), repr(np.ones(2).astype('Q')))
print(type(np.array(0, dtype='Q').max()), np.dtype('q') == np.int64, np.array([1], dtype='q').dtype)
