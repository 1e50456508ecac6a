import numpy as np
x = np.arange(4).reshape(2, 2)
y = np.full((2, 1), 9)
z = np.concatenate([x, y], axis=1)
print(z)
print(z.shape)
print(np.concatenate([x, x], axis=0).shape)
