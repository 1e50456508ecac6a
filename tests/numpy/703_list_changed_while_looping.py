# A for loop reads a list by position as it is at each step: items appended during the loop
# are visited, and removing items makes the loop skip some (Python's list iterator).
import numpy as np
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
print(xs)
ys = [1, 2, 3, 4, 5, 6]
for y in ys:
    ys.remove(y)
print(ys, y)
zs = [[0], [1]]
for inner in zs:
    inner.append(9)
print(zs)
t = (1, [2], 'a')
for item in t:
    print(item)
for ch in 'hé!':
    print(ch, end='|')
print()
for b in b'AB':
    print(b)
r = range(3)
for i in r:
    r = range(100)
print(i, r)
