import numpy as np
# CPython's bytearray repr escapes a single quote even inside double quotes: bytearray(b"\'")
b = bytearray()
b.append(39)
print(b, repr(bytearray(b"it's")), bytes(b), repr(bytearray(b'a"b')))
