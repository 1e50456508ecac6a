import numpy as np
import array

# type() tells a NumPy array from a NumPy scalar from a Python number.
a = np.arange(4)
first = a[0]
print(type(a), type(first), type(a.sum()))
print(type(a) is np.ndarray, type(first) is np.int64)

# Elements read back through tolist() are plain Python ints.
values = a.tolist()
print(type(values), type(values[0]))

# Other containers from the lesson.
print(type(array.array('i', [1])), type(bytearray(b'ab')), type(b'ab'), type((1, 2)))
print(type(a.flags), type(a.dtype), type(None))
