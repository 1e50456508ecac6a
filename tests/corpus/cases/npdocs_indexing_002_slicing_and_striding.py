# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/basics.indexing.rst
# What: Indexing on ndarrays, "Slicing and striding" and "Dimensional indexing tools": steps, negative bounds, Ellipsis, newaxis/None
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
x = np.array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
print(repr(x[1:7:2]))
print(repr(x[-2:10]))
print(repr(x[-3:3:-1]))
print(repr(x[5:]))
x = np.array([[[1],[2],[3]], [[4],[5],[6]]])
print(repr(x.shape))
print(repr(x[1:2]))
print(repr(x[..., 0]))
print(repr(x[:, :, 0]))
print(repr(x[:, np.newaxis, :, :].shape))
print(repr(x[:, None, :, :].shape))
x = np.arange(5)
print(repr(x[:, np.newaxis] + x[np.newaxis, :]))
