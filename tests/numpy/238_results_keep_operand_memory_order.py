import numpy as np
# new arrays computed from transposed or sliced operands keep their memory order (order='K')
m = np.arange(6).reshape(2, 3)
print((m.T + 1).strides, (-m.T).strides, (m.T == 1).strides, np.where(m.T > 2, m.T, 0).strides, abs(m.T).strides, (~m.T).strides)
print((m.T + m).strides if False else 0, (m.T + m.T).strides, (m[::2].T + 1).strides, (m.T[:, None] + 1).strides)
print((m.T + np.ones((3, 2))).strides, (np.ones((3, 2)) + m.T).strides, (m.T + np.arange(2)).strides, (m[:, ::-1] * 2).strides, (m[::-1] * 2).strides)
t = m.T + 1
print(t, t.flags.c_contiguous, t.flags.f_contiguous, t.sum(), t.sum(axis=0), t.ravel())
x = np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2)
print((x + 1).strides, (x * 1.5).strides, (x.transpose(2, 0, 1) - 1).strides)
z = np.arange(6).reshape(3, 1, 2).transpose(2, 1, 0)
print((z + z).strides, (z * 2.5).strides)
