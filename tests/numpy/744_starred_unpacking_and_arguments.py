# Starred targets take a list of what the others leave; *x spreads an iterable into a call
# or a display; what cannot be unpacked is CPython's TypeError, worded for each place.
import numpy as np
def f(*a):
    return a
print(f(*[1, 2], 3, *range(2)))
a, *b = [1, 2, 3]
print(a, b)
*c, d = np.arange(4)
print(c, d)
x, *y, z = "hello"
print(x, y, z)
first, *middle, last = (1, 2)
print(first, middle, last)
for head, *tail in [(1, 2, 3), [4], "ab"]:
    print(head, tail)
m = np.arange(6).reshape(3, 2)
top, *rest = m
rest[0][0] = 100
print(m)
print(*np.arange(3))
print(*[1, 2], sep='-')
print([*range(3), *"ab"], (*[1], 2))
print(np.zeros((*m.shape, 2)).shape)
for call in [lambda: f(*5), lambda: print(*5), lambda: np.zeros(*5), lambda: m.sum(*5),
             lambda: [].append(*5), lambda: len(*5), lambda: [*5], lambda: (*None, 1)]:
    try:
        call()
    except TypeError as e:
        print(e)
for bad in [5, [1], []]:
    try:
        p, *q, r = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u, v = 3.5
except TypeError as e:
    print(e)
