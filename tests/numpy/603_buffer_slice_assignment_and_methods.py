import numpy as np
import array
# slices of a bytearray and an array.array take new items (step 1 resizes; an extended slice
# takes as many as it has, or none to delete them); pop, insert, remove, count, index
b = bytearray(b'abcdef')
b[::2] = b''
print(b)
b[1:2] = [65, 66, 67]
print(b, b.pop(), b.pop(-2), b)
b[::-2] = b'xy'
print(b, b.count(b'x'), b.find(b'B', 1), b.find(b'zz'), b.startswith((b'q', b'b')), b.endswith(b'y', 0, 3))
a = array.array('i', [1, 2, 3, 4])
a[::2] = array.array('i')
a[1:] = array.array('i', [9, 9, 7])
a.insert(-100, 5)
a.insert(100, 6)
print(a, a.count(9), a.index(7), a.pop(1), a)
a.remove(9)
print(a, a.tobytes(), a + a, a * 2, 3 in a, b'ab' in bytearray(b'cab'), 99 in b'abc')
print(range(10)[2:8:3], range(10)[::-2], range(5)[10:], range(1, 20, 4).index(13), range(3).count(True))
v = np.frombuffer(b, dtype=np.uint8)
b.pop()
