import numpy as np
# max and min keep the later of two tied zeros, as NumPy's loop does
a = np.array([0.0, -0.0])
print(a.max(), a.min(), a[::-1].max(), a[::-1].min())
m = np.array([[0.0, -0.0], [-0.0, 0.0]])
print(m.max(axis=0), m.min(axis=1))
# true division of small integers by a Python int out of their range runs in float64
u = np.array([1, 2], dtype=np.uint8)
print(u / -1, u / 300, (u / 300).dtype)
b = np.array([1, 2], dtype=np.int8)
print(b / 1000, 1000 / b)
u /= -1
