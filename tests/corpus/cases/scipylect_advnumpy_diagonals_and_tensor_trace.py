# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/07d4aed0684bb09c8a75256b163817ad7107bef8/advanced/advanced_numpy/index.rst
# What: Scientific Python Lectures, "Advanced NumPy", More tricks: diagonals by as_strided, np.diag, the tensor trace by a loop and by striding
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
# Note: the challenge placeholders and y.flags.owndata are marked +SKIP and left out
# Setup: from numpy.lib.stride_tricks import as_strided (copied from earlier on the same page)
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.array([[1, 2, 3],
              [4, 5, 6],
              [7, 8, 9]], dtype=np.int32)
x_diag = as_strided(x, shape=(3, ), strides=((3+1)*x.itemsize, ))
print(repr(x_diag))
print(repr(as_strided(x[0, 1:], shape=(2, ), strides=((3+1)*x.itemsize, ))))
print(repr(as_strided(x[1:, 0], shape=(2, ), strides=((3+1)*x.itemsize, ))))
y = np.diag(x, k=1)
print(repr(y))
x = np.arange(5*5*5*5).reshape(5, 5, 5, 5)
s = 0
for i in range(5):
   for j in range(5):
      s += x[j, i, j, i]
y = as_strided(x, shape=(5, 5), strides=((5*5*5 + 5)*x.itemsize,
                                         (5*5 + 1)*x.itemsize))
s2 = y.sum()
