import numpy as np
m = np.array([[-1, 2], [3, -40]])
print(m)
print(-m)
print(np.array([-5, 5]))
print(np.array([[-1.5], [20.0]]))
print(np.arange(-3, 3).reshape(2, 3))
