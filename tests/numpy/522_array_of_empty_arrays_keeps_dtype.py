import numpy as np
# np.array of a list of empty arrays keeps their dtype
e = np.array([], dtype=np.uint8)
print(repr(np.array([e, e])), np.array([np.arange(0)]).dtype, repr(np.array([np.zeros(0, dtype=np.int32)])))
