import numpy as np
# results of np.concatenate, np.sort, astype, np.array/np.copy and reductions keep the memory order of
# arrays that are not C-ordered as NumPy's order='K' does (strides, and where a write lands)
t = np.zeros((2, 3)).T
b = np.broadcast_to(np.arange(3.0), (2, 3))
f = np.arange(12).reshape(2, 3, 2).transpose()
print(np.concatenate([t]).strides, np.concatenate([t, t], axis=1).strides, np.concatenate([b, t.T]).strides, np.concatenate([b]).strides)
print(np.concatenate([t, t], axis=None).strides, np.concatenate([f, f[:1]]).strides, np.concatenate([np.ones((1, 3)), np.ones((3, 2)).T], axis=0).strides)
print(np.sort(t).strides, np.sort(b).strides, np.sort(f, axis=0).strides, np.sort(b, axis=None).strides)
print(b.astype('u4').strides, t.astype('i1').strides, np.array(b).strides, np.copy(f[::-1]).strides)
print(np.any(f > 3, axis=0).strides, f.sum(axis=0).strides, f.sum(axis=1).strides, f.max(axis=2).strides, f.min(axis=-1).strides)
print(f.mean(axis=1).strides, b.sum(axis=0).strides, np.broadcast_to(np.ones((3, 1, 1)), (3, 4, 2)).sum(axis=1).strides)
print(f[::-1].sum(axis=1).strides, np.sum(f, axis=2), np.concatenate([f, f], axis=2)[1, 2])
c = np.concatenate([np.broadcast_to(np.arange(2), (2, 2))])
c[0, 1] = 7
print(c, c.strides, c.ravel().base is c, c.T.flags.c_contiguous)
