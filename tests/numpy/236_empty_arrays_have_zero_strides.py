import numpy as np
# new empty arrays have all strides 0 in NumPy 2; views of empty slices keep theirs
a = np.arange(5)
print(np.zeros((0,3)).strides, np.zeros((3,0)).strides, np.zeros((2,0,3)).strides, np.zeros((0,),dtype=np.int8).strides)
print(a[0:0].strides, a[5:].strides, np.zeros((0,3)).T.strides, np.zeros(0).reshape(0,5).strides, np.zeros((0,3)).reshape(3,0).strides)
print(np.zeros((0,3)).flags.c_contiguous, np.zeros((0,3)).flags.f_contiguous, np.array([]).strides, np.zeros((0,3)).copy().strides, (np.zeros((4,0))+1).strides, np.zeros((0,3))[:, 1:].strides)
print(np.zeros((0,3)).ravel().strides, np.zeros((0,3)).flatten().strides, np.zeros((0,3)).astype(np.int8).strides, a[a > 10].strides, a[[]].strides)
print(np.arange(0).strides, np.full((0,), 7).strides, np.zeros_like(np.zeros((0, 2))).strides, np.linspace(0, 1, 0).strides)
e = np.zeros((0, 3))
print(np.shares_memory(e, e), e.flags, e.sum(axis=0), e.sum(axis=1))
