import numpy as np
a = np.array([10, 20, 30])
a += 1
print(a)
a -= 2
print(a)
a *= 3
print(a)
a //= 4
print(a)
a %= 7
print(a)
a **= 2
print(a)
f = np.array([1.0, 2.0])
f /= 4
print(f)
