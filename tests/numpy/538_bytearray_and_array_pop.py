import numpy as np
import array
# bytearray.pop() and array.array.pop() remove and return an item
ba = bytearray(b'hello')
print(ba.pop(), ba.pop(0), ba)
A = array.array('i', [1, 2, 3])
print(A.pop(), A.pop(0), A)
