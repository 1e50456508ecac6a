a = [1, 2, 3]
b = a
b[0] = 7
c = a * 2
print(a, b, c, len(c))
from numpy import arange
print(type(a).__name__, arange(3))
