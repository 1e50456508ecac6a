# Found by the differential fuzzer (seed 7000656): a boolean-mask assignment whose value is a
# view of the same array. NumPy copies the value first for integer indices, but not for a
# mask: it reads the view while it writes, run by run, so later runs see earlier writes.
import numpy as np
t = np.arange(11)
t[[3, 5, 7, 8, 9, 10]] = t[2:8]
print(t)
t = np.arange(11)
m = np.zeros(11, dtype=bool)
m[[3, 5, 7, 8, 9, 10]] = True
t[m] = t[2:8].copy()
print(t)
t[m] = t[2:8]
print(t)
