# List comprehensions (nested `for`s, `if`s) and generator expressions passed to sum, min,
# max, sorted, list and tuple; their loop variables stay inside them, as in Python 3.
import numpy as np
i = 'outer'
squares = [i * i for i in range(6)]
print(squares, i)
a = np.arange(6).reshape(2, 3)
rows = [row for row in a]
rows[0][0] = 100
print(a)
print([row.base is a.base for row in a], [type(x).__name__ for x in a[0]])
pairs = [(r, c) for r in range(3) for c in range(r) if (r + c) % 2 == 1]
print(pairs)
print([[x * y for x in range(3)] for y in range(1, 3)])
print(sum(x * x for x in range(10)), sum(v for v in a.ravel()), min(x % 4 for x in range(3, 9)))
print(max(len(w) for w in ['ab', 'abc', 'a']), sorted(-x for x in [3, 1, 2]))
print(list(x + 1 for x in (1, 2)), tuple(c for c in 'hey' if c != 'e'))
total = [x for x in [] if x]
print(total)
words = ['x', 'yy']
lengths = [len(w) for w in words if len(w) > 1]
print(lengths, [w for w in words if w in 'xyz'])
print([a[k, 0] for k in range(a.shape[0])])
y = 5
print([y + k for k in range(2)])
print([x for x in range(3)][-1])
print([i for i in range(3)], i)
