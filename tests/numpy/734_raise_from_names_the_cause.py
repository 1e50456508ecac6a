# raise ... from e names e as the direct cause.
import numpy as np
a = np.arange(3)
try:
    a[5]
except IndexError as e:
    raise RuntimeError("wrapped") from e
