import numpy as np
s = {1, 2, 3}
t = s
t.add(4)
print(s, t is s, s == t)
c = s.copy()
c.add(5)
print(s, c, c is s)
u = set(s)
u.discard(1)
print(s, u)
lst = [s, s]
lst[0].add(9)
print(lst, s)
d = {'k': s}
d['k'].remove(9)
print(d, s)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(s)
it = iter({7, 8})
print(next(it), next(it), next(it, 'done'))
print(type(iter(set())).__name__, type(set()).__name__, type(frozenset()).__name__)
print(isinstance(s, set), isinstance(frozenset(), frozenset), isinstance(s, frozenset))
total = 0
for e in {10, 20, 30}:
    total += e
print(total)
for i, e in enumerate({3, 1, 2}):
    print(i, e)
print(list(zip({1, 2}, 'ab')), sorted({1, 2} | {0}))
v = {1, 2}
try:
    v.update([3, 4]); v.add([5])
except TypeError as e:
    print(e)
print(v)
w = {1, 2}
w.add(3); print(w)
def grow(target, n):
    for i in range(n):
        target.add(i * 16)
    return target
print(grow(set(), 6), grow({99}, 3))
