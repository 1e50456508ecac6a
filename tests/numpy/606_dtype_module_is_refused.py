import numpy as np
# dtype=np: NumPy's ValueError shows where numpy's file is; viewfinder refuses honestly
x = np.zeros(2, dtype=np)
