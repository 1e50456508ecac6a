import numpy as np

# Repeating a list far past memory is a MemoryError, not a crash.
row = [0] * 4
print(row, 'ab' * 3, [] * 10**15)
grid = row * 10**12
