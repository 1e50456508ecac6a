import numpy as np
d = {}
d[1] = 'a'; d[True] = 'b'; d[1.0] = 'c'
print(d, {1: 'a', 1.0: 'b'}, d == {True: 'c'}, {(1.0,): 1, (1,): 2})
print({0.1 + 0.2: 1}, {-1: 0, -2: 1}, {'é': 'ü', 'a\nb': "it's"})
d.update({'a': 1}, a=2)
print(d, dict(d, **{'x': 1}))
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
e = {'b': 2, 'a': 1}
print(min(e.values()), len(e.values()))
e.update(c=3)
print(e.popitem(), e.popitem(), e)
print({np.float32(0.1): 1}[np.float32(0.1)], {np.float32(0.5): 1}[0.5])
try:
    print({}[np.array(1)])
except TypeError as exc:
    print(exc)
vals = {'x': [1], 'y': [2]}
for v in vals.values():
    v.append(0)
print(vals)
s = 0
for k in vals.keys():
    s += len(vals[k])
print(s, list(vals.keys())[::-1], [*vals], [*vals.items()])
w = {'k': np.arange(3)}
w['k'] = w['k'] * 2
w['k'] += 1
print(w, w['k'].sum(), w['k'][w['k'] > 2])
print({str(i): [j for j in range(i)] for i in range(3)})
print({k: v for k, v in zip('abc', range(3)) if v}, dict(enumerate('ab', 1)))
q = {'a': 1}
q2 = q
q = {**q, 'b': 2}
print(q, q2, q is q2)
print(type({}).__name__, {}.get.__name__ if False else 'x')
for k in q:
    q[k + '!'] = 1
