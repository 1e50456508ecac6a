import numpy as np
a = np.array([1, 2, 4])
print(10 - a)
print(12 / a)
print(12 // a)
print(7 % a)
print(3 * a + 1)
print(100 > a * 30)
