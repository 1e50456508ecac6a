import numpy as np
a = [1, 2, 3]
c = a[:]
c[0] = 100
print(a)
print(c)
print(c is a)
print(c == a)
c.append(5)
print(len(a), len(c))
