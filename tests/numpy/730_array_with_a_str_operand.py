# An array meeting a str (or a list holding one) in arithmetic: NumPy looks for a ufunc loop
# for a '<U1' string dtype and raises its _UFuncNoLoopError.
import numpy as np
a = np.arange(3)
print(a + 1)
print(a + 'x')
