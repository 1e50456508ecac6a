# np.ndenumerate yields (index, element) in C order, each element read when reached.
import numpy as np
a = np.arange(4).reshape(2, 2)
for idx, x in np.ndenumerate(a):
    print(idx, repr(x))
    a[1, 1] = 99
print(list(np.ndenumerate(np.array(5))), list(np.ndenumerate(np.zeros((0, 2)))), list(np.ndenumerate([1.5, 2])))
print(type(np.ndenumerate(a)).__name__)
print(list(np.ndenumerate(a[:, ::-1].T)))
total = 0
for (i, j), v in np.ndenumerate(a):
    total += (i + 1) * v
print(total)
