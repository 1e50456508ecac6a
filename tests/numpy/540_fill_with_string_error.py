import numpy as np
# fill() with a string converts it as NumPy does: int('s') fails with ValueError
a = np.arange(3)
a.fill('7')
print(a)
a.fill('s')
