# Iterating over a 2-D array yields views of its rows: writing into a row writes the array,
# rebinding the loop variable changes nothing, and `row += 1` writes in place.
import numpy as np
m = np.arange(6).reshape(2, 3)
for row in m:
    row[0] = 0
print(m)
for row in m:
    row = row * 10
print(m)
for row in m:
    row += 1
print(m)
print(row, row.base is m, np.shares_memory(row, m))
v = np.arange(4)
for x in v:
    x = 0
print(v, x, type(x))
for x in v:
    print(type(x).__name__, x)
t = m.T
for col in t:
    col[1] = -1
print(m)
cube = np.zeros((2, 2, 2), dtype=np.int8)
for plane in cube:
    for line in plane:
        line[:] = 7
        break
print(cube)
for e in np.array([], dtype=float):
    print("never")
for row in np.zeros((0, 3)):
    print("never")
