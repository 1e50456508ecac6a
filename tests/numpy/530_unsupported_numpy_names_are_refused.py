import numpy as np
# real NumPy names outside viewfinder's subset must be refused with NotImplementedError,
# not reported as missing (AttributeError) or unknown (NameError); python3 prints these
print(np.float16)
print(np.array([], dtype=object))
print(np.eye(2))
