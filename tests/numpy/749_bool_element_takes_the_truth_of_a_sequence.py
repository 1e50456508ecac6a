# One element of a bool array takes the truth of a list, tuple or str, and the element of
# an array of size one; any other array is "a sequence".
import numpy as np
for v in [[1], [1, 2], [], (0,), np.array([[0]]), np.array([[3]]), 'x', '']:
    a = np.array([False, False])
    a[0] = v
    print(repr(v), a)
M = np.array([[[False], [True], [False]], [[True], [True], [True]]])
for col in M[1]:
    col[-1] = col
print(M)
f = np.zeros(2)
try:
    f[0] = [1.0]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
b = np.array([True, True])
b[1] = np.array([0, 1])
