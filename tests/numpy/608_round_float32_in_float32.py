import numpy as np
# round(np.float32, n) computes in float32 as NumPy does (a float32 sum rounds like one)
s = np.linspace(0, 1, 7, dtype='float32').sum()
print(repr(s), round(s), repr(round(s, 2)))
print(repr(round(np.float32(61.62735), 4)), repr(round(np.float32(21.338501), 3)), repr(round(np.float32(-45.0385), 3)))
print(repr(round(np.float32(68.37545), 4)), repr(round(np.float32(1234.5), -1)), repr(round(np.float32(0.125), 2)))
