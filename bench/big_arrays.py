# Ten million int64 elements: views, in-place writes through them, arithmetic, reductions
# and summarised printing.
import numpy as np
a = np.arange(10_000_000)
v = a[::2]
v += 1
v *= 3
print(v[:5], a[:5])
s = a + a
print(s.sum(), a.mean())
r = a[::-1]
print(r[:3], r.sum())
m = a.reshape(2_000, 5_000)
b = m.T
print(b)
print(b.shape, b.strides, np.shares_memory(b, v))
