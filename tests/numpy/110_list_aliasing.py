import numpy as np
a = [1, 2, 3]
b = a
a[0] = 0
print(b)
print(b is a)
b.append(4)
print(a)
print(len(a))
