import numpy as np
# a string written into a float array is converted as float(str)
a = np.zeros(3)
a[0] = 'nan'
a[1] = '2.5'
print(a)
