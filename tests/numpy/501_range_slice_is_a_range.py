import numpy as np
# slicing a range gives a range (Python prints range(a, b, c)), not a list
r = range(0, -2, 4)
print(r[-1:], range(0)[:], range(10)[::3], range(5)[::-1], range(1, 12, 2)[:4])
print(range(3)[1:] == range(1, 3), list(range(8)[2:6:2]), type(range(4)[1:]))
