import numpy as np
# a bytearray's slice can be assigned (and resized)
ba = bytearray(b'hello')
ba[0:2] = b'zz'
print(ba)
ba[:] = b'ab'
print(ba, len(ba))
