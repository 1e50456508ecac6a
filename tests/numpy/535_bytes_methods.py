import numpy as np
# bytes and bytearray methods
b = b'hello'
print(b.count(b'l'), b.find(b'l'), b.index(b'e'), b.startswith(b'he'), b.endswith(b'lo'), b.hex(), bytes(2).count(0))
print(bytearray(b'ab').hex(), bytearray().startswith(b'a'))
