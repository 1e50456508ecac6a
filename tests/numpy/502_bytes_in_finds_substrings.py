import numpy as np
# 'x in bytes' looks for a subsequence (b'' is in every bytes), or for an int 0-255
b = b'abc'
print(b'a' in b, b'bc' in b, b'' in b, b'' in bytes(), b'ac' in b, 98 in b, b'abc' in b)
print(b'bc' in bytearray(b'abc'), b'\xff x' in b'\x00\x01\xff xy')
