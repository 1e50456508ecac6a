import numpy as np
# sorting -0.0 and 0.0 (equal keys) leaves them where NumPy's sort leaves them
x = np.array([-0.0, 0.0, -0.0, 0.0, -1.0])
x.sort()
print(x, np.sort(np.array([0.0, -0.0, 0.0])))
