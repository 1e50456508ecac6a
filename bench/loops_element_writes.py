# Element writes into an array, one per iteration: a[i] = i * 2 over 10^5 elements, and a
# view that sees every second one.
import numpy as np

a = np.zeros(100000, dtype=np.int64)
evens = a[::2]
for i in range(100000):
    a[i] = i * 2
print(a[-3:], evens.sum())
