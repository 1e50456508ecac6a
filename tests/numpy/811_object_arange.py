import numpy as np
print(repr(np.arange(2, 11, 3, dtype=object)), repr(np.arange(5, 0, -2, dtype=object)), repr(np.arange(3, dtype="O") * 1.5))
print(repr(np.arange(0, dtype=object)))
