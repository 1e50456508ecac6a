# `break` leaves only the innermost loop and skips its `else`; `continue` goes on with the
# next item; the loop variable keeps its last value after the loop.
import numpy as np
for n in range(2, 12):
    for d in range(2, n):
        if n % d == 0:
            print(n, 'equals', d, '*', n // d)
            break
    else:
        print(n, 'is prime')
evens = []
for k in range(10):
    if k % 2:
        continue
    evens.append(k)
print(evens, k)
for k in range(10, 0, -3):
    pass
print(k)
for k in range(0):
    print('never')
else:
    print('empty range: else runs', k)
grid = np.zeros((3, 3), dtype=int)
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        grid[i, j] = i * 3 + j
print(grid)
for i, j in [(0, 1), (1, 2)]:
    grid[i, j] = -1
print(grid)
for grid[0, 0] in range(5):
    pass
print(grid[0])
