# Found by the fuzzer inside a while loop: mean over axis 0 of a 0-d array or NumPy scalar
# raises AxisError (sum, prod, min, max take axis 0 or -1 there); abs() of a str names abs.
import numpy as np
m = np.zeros(4)
m = m.mean(axis=0)
print(np.array(1.0).sum(axis=0), np.float64(2).max(axis=-1), np.array(3).prod(axis=0))
print(repr(m))
abs(str(m))
