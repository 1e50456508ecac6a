# reshape and transpose usually just change the shape and strides that
# describe the same memory; the data itself does not move.
import numpy as np

a = np.arange(6)
m = a.reshape(2, 3)
print(m)
print(m.strides)

# reshape of a contiguous array is a view: writes show up in `a`.
m[1, 0] = 30
print(a)
print(m.base is a)

# -1 lets NumPy work out one dimension for you.
print(a.reshape(3, -1).shape)

# .T swaps the strides instead of moving any element.
t = m.T
print(t)
print(t.strides)
t[2, 0] = -2
print(a)

# The transpose is not C-contiguous, so flattening it in row order
# has to copy: this result no longer shares memory with `a`.
flat = t.reshape(-1)
print(flat)
print(np.shares_memory(a, flat))
flat[0] = 100
print(a)

# ravel gives a view when it can, a copy when it must.
print(np.shares_memory(a, m.ravel()))
print(np.shares_memory(a, t.ravel()))

# swapaxes on a 3-d block is another view.
cube = np.arange(8).reshape(2, 2, 2)
sw = np.swapaxes(cube, 0, 2)
print(sw.shape, sw.strides)
sw[1, 0, 0] = 77
print(cube[0, 0])
