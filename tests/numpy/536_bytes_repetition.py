import numpy as np
# bytes * int repeats the bytes
print(b'ab' * 3, b'ab' * 0, bytes() * 2, 2 * b'xy', bytearray(b'a') * 2)
