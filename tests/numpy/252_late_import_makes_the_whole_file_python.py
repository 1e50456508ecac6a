x = [1, 2, 3]
y = x[:2]
y[0] = 9
print(x, y)
import numpy as np
