import sys
import numpy as np
a = np.arange(10)
m = np.zeros((3, 4))
print(sys.getsizeof(a), sys.getsizeof(a[2:]), sys.getsizeof(m), sys.getsizeof(m.T), sys.getsizeof(m[0]))
print(sys.getsizeof(np.array(5)), sys.getsizeof(np.zeros((0,))), sys.getsizeof(np.zeros((2, 3, 4), dtype=np.int8)))
print(sys.getsizeof(a[[1, 2]]), sys.getsizeof(m.reshape(12)), sys.getsizeof(m.T.reshape(12)), sys.getsizeof(a.astype(np.float32)))
print(sys.getsizeof(np.array([1, 'a', None], dtype=object)), sys.getsizeof(np.array([1, 'a', None], dtype=object)[1:]))
print([sys.getsizeof(t(1)) for t in [np.bool_, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint64, np.float32, np.float64]])
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-5), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.5), sys.getsizeof(None), sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof(b''), sys.getsizeof(b'xyz'))
print(sys.getsizeof(()), sys.getsizeof((1, 2, 3)), sys.getsizeof(range(5)), sys.getsizeof(a.sum()), sys.getsizeof(m.sum()))
print(sys.getsizeof(5, 0), sys.getsizeof(object=a), sys.maxsize, sys.maxsize == 2 ** 63 - 1 if False else sys.maxsize > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
