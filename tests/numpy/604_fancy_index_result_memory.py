import numpy as np
# NumPy lays an advanced index result out with the picked axes first and returns a transposed view of
# it when they stand after other axes: strides, flags, .base, and what ravel/reshape of it share
m = np.arange(6).reshape(2,3)
r = m[:, [2,0,1,1]]
print('a', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.ones((2,6))[:, [1,2,3]]
print('b', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,2)).T[[0]]
print('c', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4)).T[[0,1]]
print('d', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4)).T[:, [0,1]]
print('e', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[:, [0,1], :]
print('f', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[:, [0,1], [1,0]]
print('g', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[[0,1], :, [1,0]]
print('h', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[[[0,1]], :, [1,0]]
print('i', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
idx = np.array([[0,1],[1,0]]).T
r = m[idx]
print('j', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[idx, 0]
print('k', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[idx, idx]
print('l', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[:, idx]
print('m', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m.T[idx]
print('n', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[1:, [0]]
print('o', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[:, m[0]>0]
print('p', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = m[None, :, [0,1]]
print('q', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[0, :, [0,1]]
print('r', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((3,2,4))[:, 0, [0,1]]
print('s', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.ones((2,3))[:, []]
print('t', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.ones((0,3))[:, [1,2]]
print('u', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.broadcast_to(np.arange(3),(2,3))[:, [0,1]]
print('v', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((2,3,4)).T[:, :, [0]]
print('w', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = np.zeros((2,3,4,5))[:, [0], :, [0]]
print('x', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
t = np.zeros((2,3)).T
r = t[True]
print('y', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = t[None, True]
print('z', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = t[:, True]
print('A', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
r = t[..., True]
print('B', r.shape, r.strides, None if r.base is None else (r.base.shape, r.base.strides, r.base.base is None), r.flags.owndata, r.flags.c_contiguous, r.flags.f_contiguous)
x = m[:, [2, 0, 1, 1]]
print(x.T.strides, x[0].strides, x.ravel().base is x, np.ravel(x).flags.owndata, x.reshape(8).base is None)
print(np.copy(np.broadcast_to(np.arange(3.),(2,3))).strides, np.broadcast_to(np.arange(3.),(2,3)).astype('i4').strides)
