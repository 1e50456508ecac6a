import numpy as np

a = np.arange(6).reshape(2, 3)
f = np.ones((2, 3), order='F')
print(f.strides, f.flags['C_CONTIGUOUS'], f.flags['F_CONTIGUOUS'])
print(np.zeros((2, 3), order='F').strides, np.full((2, 3), 7, order='F').strides, np.zeros(3, order='F').strides)
print(np.zeros_like(f).strides, np.zeros_like(f, order='C').strides, np.ones_like(a, order='F').strides, np.zeros_like(a, order='A').strides, np.full_like(f, 2, order='A').strides)
print(np.array(a, order='F').strides, np.array([[1, 2], [3, 4]], order='F').strides, np.asarray(a, order='F').strides)
print(np.asarray(a, order='F') is a, np.asarray(f, order='F') is f, np.asarray(a, order='C') is a, np.asarray(f, order='A') is f, np.asarray(a.T, order='K') is a.T)
print(np.array([[1, 2], [3, 4]], order='A').strides, np.array([[1, 2], [3, 4]], order='K').strides)
print(np.array(f).strides, np.array(f, order='C').strides)
print(f)
print(np.zeros((0, 3), order='F').strides, np.zeros((2, 0), order='F').strides)
