import numpy as np

d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as exc:
    print(type(exc).__name__, exc)
print(d)
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as exc:
    print(type(exc).__name__, exc)
print(d)
squares = {i: i * i for i in range(5)}
print(squares)
pairs = {(i, j): i * j for i in range(3) for j in range(3) if i != j if j > 0}
print(pairs)
inv = {v: k for k, v in squares.items() if v % 2 == 0}
print(inv)
i = 'outer'
z = {i: 0 for i in 'xy'}
print(i, z)
words = ['apple', 'avocado', 'banana', 'cherry', 'blueberry']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in 'abracadabra':
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get) if False else sorted(counts.items()))
nested = {'row': {'col': [1, 2]}}
nested['row']['col'].append(3)
nested['row']['new'] = {}
print(nested, nested['row']['col'][2])
arrays = {'x': np.arange(3), 'y': np.zeros(2)}
arrays['x'][0] = 99
arrays['x'] += 1
print(arrays)
print({'m': np.arange(6).reshape(2, 3), 's': np.float64(2.5), 'i': np.int32(7), 'b': np.array([True])[0]})
keys = d.keys()
d['late'] = 1
print(keys, len(keys), list(d.values()))
it = iter({'p': 1, 'q': 2})
print(next(it), next(it), next(it, 'done'))
# a failing statement changes nothing
e = {'k': 1}
try:
    e['new'] = 1 / 0
except ZeroDivisionError as exc:
    print(type(exc).__name__, exc, e)
try:
    e[[1]] = 2
except TypeError as exc:
    print(exc, e)
try:
    e.update(z=1, **{})
except TypeError as exc:
    print(exc)
print(e)
total = 0
for key, value in {'a': 1, 'b': 2}.items():
    total += value
print(total)
x, y = {'first': 1, 'second': 2}
print(x, y)
print([k for k in {'q': 1, 'r': 2}], {**{}}, dict(**{'a': 1}))
for k in {'a': 1}:
    print(d[k], d['zz'])
