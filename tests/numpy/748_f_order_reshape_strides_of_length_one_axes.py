# reshape(order='F') without a copy gives NumPy's strides, length-1 axes included (F order's
# own rule, not C order's on the reversed axes).
import numpy as np
a = np.arange(8).reshape(2, 4)
for src in [a, a.T, a[:, ::2], a[::-1], np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2), np.asfortranarray(a) if False else a.T.copy().T]:
    for shape in [(2, 1, 4), (1, 8), (8, 1), (4, 2), (2, 2, 2), (1, 2, 1, 4, 1), (2, 4, 1)]:
        if src.size != int(np.prod(shape)):
            continue
        r = src.reshape(shape, order='F')
        print(src.shape, src.strides, shape, r.strides, np.shares_memory(r, src), r.flags.f_contiguous, r.flags.c_contiguous)
    for shape in [(2, 1, 4), (1, 8), (4, 1, 2)]:
        if src.size == int(np.prod(shape)):
            r = src.reshape(shape)
            print("C", shape, r.strides, np.shares_memory(r, src))
