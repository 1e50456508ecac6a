# Which operations give a VIEW (shared memory) and which give a COPY?
import numpy as np

a = np.arange(8)
print(a)

# Basic slices are views: writes travel back to `a`.
s = a[2:6]
s[0] = 200
print(a)
print(np.shares_memory(a, s))

# Integer-array ("fancy") indexing makes a copy: writes stay in the copy.
f = a[[0, 1, 2]]
f[0] = -1
print(a)
print(np.shares_memory(a, f))

# Boolean masks also copy...
m = a[a > 3]
m[:] = 0
print(a)

# ...but assigning THROUGH a mask or index list writes into `a` itself.
a[a > 100] = 100
a[[0, 7]] = 5
print(a)

# The chained-assignment trap: the first [...] makes a copy, so the write
# lands in a temporary array and `a` does not change.
a[[0, 1]][0] = 99
print(a)
# With a slice first, the temporary is a view, so `a` does change.
a[0:2][0] = 99
print(a)

# Arithmetic always builds a new array.
b = a * 1
b[1] = 1000
print(a[1], b[1])

# .copy() and .flatten() own their data; .base tells you who owns a view.
c = a.copy()
print(c.base is None, s.base is a)
print(c.flags.owndata, s.flags.owndata)
