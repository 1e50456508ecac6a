import numpy as np
print(np.arange(40))
print(repr(np.arange(40)))
print(np.arange(100, 130))
print(np.linspace(0, 1, 11))
print(repr(np.linspace(0, 1, 11)))
