# A list, bytearray or tuple indexed by a tuple holding slices raises TypeError naming the
# tuple (found by the fuzzer: viewfinder said SyntaxError).
import numpy as np
n = bytearray([1, 2, 3, 4])
for container in ([1, 2, 3], (1, 2), n, range(3)):
    print(type(container).__name__)
n[1:-2, -3] = 5.25
