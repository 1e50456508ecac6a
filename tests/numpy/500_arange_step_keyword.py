import numpy as np
# np.arange's step= keyword sets the step (here it was ignored)
print(np.arange(5, step=2), np.arange(1, step=-1), np.arange(10, step=3).sum())
print(np.arange(start=1, stop=8, step=3), np.arange(6, step=2, dtype=np.float32))
print(len(np.arange(-3, step=-1)), np.arange(0, step=-2))
