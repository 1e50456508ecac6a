import numpy as np
# list.sort(reverse=True) sorts in descending order
L = [3, 1, 2]
L.sort(reverse=True)
F = [0.5, 2.5, -1.0]
F.sort(reverse=True)
print(L, F, sorted(L), sorted([2, 9, 4], reverse=True))
