import numpy as np
# np.copy, np.array and astype copy in the array's own memory order (order='K'); a.copy() is C
m = np.arange(6).reshape(2, 3)
t = m.T
print(np.copy(t).strides, np.array(t).strides, t.astype(np.float32).strides, t.astype(np.int64).strides)
print(t.copy().strides, np.asarray(t, dtype=float).strides, np.array(t, dtype=np.int8).strides)
x = m[:, ::2]
print(x.strides, np.copy(x).strides, x.astype(float).strides, np.sort(t, axis=0).strides)
c = np.copy(t)
print(c, c.flags.f_contiguous, c.base is None, np.shares_memory(c, m))
