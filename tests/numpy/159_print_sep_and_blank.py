import numpy as np
a = np.arange(3)
print(a, a * 2, sep=', ')
print()
print('shape', a.shape)
print('x', 'y', sep='')
print(a.sum(), a.max(), sep=' | ')
print(1, 2.5, True, None, 'text')
