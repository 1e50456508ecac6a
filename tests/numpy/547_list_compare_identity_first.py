import numpy as np
# list ==, in, index, count and remove test identity before equality, so a nan finds itself
n = float('nan')
L = [n, 1.0]
print(L == L, L != [n, 1.0], [np.nan] == [np.nan], n in L, L.count(n), L.index(n))
L.remove(n)
print(L)
