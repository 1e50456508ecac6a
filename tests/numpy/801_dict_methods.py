import numpy as np

d = {'x': 1, 'y': 2}
print(d.get('x'), d.get('q'), d.get('q', 0), d.get('x', 0))
print(d.setdefault('x', 5), d.setdefault('n', []), d.setdefault('m'), d)
d['n'].append(3)
print(d)
print(d.pop('m'), d.pop('nope', 'default'), d)
print(d.popitem(), d)
d.update({'a': 1, 'x': 100})
print(d)
d.update([('b', 2), ['c', 3], 'de'], k=9)
print(d)
d.update(z=26)
d.update()
print(d)
c = d.copy()
print(c == d, c is d)
c['x'] = -1
print(d['x'], c['x'])
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'v'))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
print(dict(), dict(a=1, b=2), dict({'a': 1}, b=2), dict([(1, 2), (3, 4)]))
print(dict(zip(['k', 'v'], [np.int64(1), 2.5])), dict(d.items()) == d)
print(dict({1: 2}.items()), dict(enumerate('xy')))
print({'a': 1} | {'a': 2, 'b': 3}, {**{'a': 1}, 'a': 3, **{'c': 4}})
g = {'p': 1}
g |= {'q': 2}
g |= [('r', 3)]
print(g)
d.clear()
print(d, len(d))
calls = [
    lambda: d.pop(),
    lambda: d.get(),
    lambda: d.get(1, 2, 3),
    lambda: d.pop(1, 2, 3),
    lambda: d.keys(1),
    lambda: d.copy(1),
    lambda: d.clear(1),
    lambda: d.popitem(),
    lambda: d.update(1, 2),
    lambda: d.update(1),
    lambda: d.update([1]),
    lambda: d.update([(1,)]),
    lambda: d.update([(1, 2, 3)]),
    lambda: dict(1, 2),
    lambda: dict([1]),
    lambda: dict(5),
    lambda: d.setdefault(),
    lambda: d.get(foo=1),
    lambda: d.pop(1),
    lambda: d.items(foo=1),
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: d.setdefault([1]),
    lambda: d.get({}),
    lambda: d.pop(np.arange(3)),
    lambda: {1: 2} | [1],
    lambda: {1: 2} | 3,
    lambda: {1: 2}.pop([1]),
    lambda: d.values(2),
    lambda: d.popitem(1),
]
for call in calls:
    try:
        print(call())
    except (TypeError, KeyError, ValueError) as exc:
        print(type(exc).__name__, exc)
try:
    d |= 5
except TypeError as exc:
    print(type(exc).__name__, exc)
print(dict([(1, 2, 3)]))
