import numpy as np
a = np.arange(6).reshape(2, 3)
s = a.shape
print(s)
print(s[0], s[-1])
print(len(s))
t = (1, 'two', None, True)
print(t)
print(None)
print(a.strides, a.shape)
