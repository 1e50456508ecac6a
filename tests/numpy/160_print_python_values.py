import numpy as np
import array
print([1, 2.0, 'a', None, True])
print((1,))
print(())
print([])
print(array.array('i', [1, 2, 3]))
print(bytearray(b'hi'))
print(b'hi')
print(repr('quote'))
