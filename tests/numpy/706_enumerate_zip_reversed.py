# enumerate, zip and reversed in loops and comprehensions, over lists, ranges, strings and
# arrays (rows are views), taken lazily as Python's iterators are: each is used up once.
import numpy as np
m = np.arange(6).reshape(3, 2)
for i, row in enumerate(m):
    row[1] = i * 100
print(m)
for k, (x, y) in enumerate(zip([1, 2, 3], 'ab'), start=10):
    print(k, x, y)
for row in reversed(m):
    row[0] = -1
    break
print(m)
print(list(reversed(range(1, 10, 3))), list(reversed('abc')), list(reversed((1, 2))))
print(list(zip(range(3), m[:, 0], 'xyz')), list(zip()), list(enumerate([])))
print([i * v for i, v in enumerate(np.arange(3, 6))])
e = enumerate(['a', 'b', 'c'])
for pair in e:
    print(pair)
    break
print(list(e), list(e))
z = zip([1, 2], [3, 4])
print(sum(a * b for a, b in z), list(z))
r = reversed([1, 2, 3])
print(next(iter([0])) if False else 'skip', list(r))
lst = [1, 2, 3]
for x in reversed(lst):
    lst.append(x)
    if len(lst) > 6:
        break
print(lst)
print(type(enumerate([])).__name__, type(zip()).__name__, type(reversed([])).__name__, type(reversed(range(2))).__name__, type(reversed(m)).__name__)
