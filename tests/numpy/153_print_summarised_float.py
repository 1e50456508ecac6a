import numpy as np
f = np.linspace(0, 1, 1500)
print(f)
print(repr(np.zeros(1200)))
print(repr(np.ones(1100, dtype=np.int8)))
