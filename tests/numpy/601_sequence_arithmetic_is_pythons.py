import numpy as np
import array
# + and * on sequences are Python's: repetition by any integer (a NumPy one too), concatenation
# of the same type, and CPython's TypeErrors; only a NumPy operand brings NumPy's arithmetic
print([1] * np.int64(2), np.int64(2) * (1,), 2 * array.array('i', [1]), (1, 2) * -1, True * (1,))
print(b'a' + bytearray(b'b'), bytearray(b'a') + b'b', array.array('i', [1]) + array.array('i', [2]))
print(b'x' + array.array('b', [65]), (1,) + np.array([1]), [1, 2] * np.array(2), range(2) + np.int64(1))
print(True & True, True | False, False ^ False, True & 1, 2 | True)
print(round(np.int8(15), -1), round(np.int8(-25), -1), round(np.int64(9007199254740993), -2))
print(round(np.uint8(250), -2), round(np.int64(35), -1), round(25, -1), round(35, -1))
print('ab' * 2.0)
