import numpy as np
x = 2.5
y = x
z = 1.5
s, t = "a", "b"
print(x is x, [] is [], None is None, x is None, x is z, s is t)
print(x is y)
