import numpy as np
# linspace with an integer dtype floors the float values (towards -inf, not towards 0)
print(np.linspace(-3, 0, 7, dtype=int), np.linspace(0, -5, 4, dtype=np.int32))
print(np.linspace(-1, 1, 5, dtype='i8').tolist(), np.linspace(-3, 0, dtype=int).sum())
