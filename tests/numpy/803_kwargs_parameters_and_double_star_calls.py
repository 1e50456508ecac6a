import numpy as np


def f(x, y=2, **kw):
    return x, y, kw


def only(**options):
    options['seen'] = True
    return options


def g(a, /, *args, b=0, **rest):
    return a, args, b, rest


print(f(1), f(1, 2, z=3), f(x=1, q=4, y=5), f(**{'x': 1, 'y': 2, 'q': 3}))
print(only(), only(a=1, b=np.arange(2)), g(1, 2, 3, b=4, c=5, a=6))
settings = {'y': 10, 'extra': 'e'}
print(f(0, **settings), settings)
opts = {'b': 1}
print(g(0, **opts, **{'c': 2}), opts)
print(dict(**{'a': 1}, b=2), print(**{'sep': '-'}), (lambda **k: k)(**{'a': 1}, b=2))
arrays = {'start': 0, 'stop': 10, 'step': 3}
print(np.arange(**arrays), list(range(*arrays.values())))
print(sorted([3, 1, 2], **{'reverse': True}))
calls = [
    lambda: f(**[1]),
    lambda: f(1, **{'x': 2}),
    lambda: f(**{1: 2}),
    lambda: f(**{'x': 1}, **{'x': 2}),
    lambda: f(x=1, **{'x': 2}),
    lambda: print(**[1]),
    lambda: len(**{'a': 1}),
    lambda: dict(**{1: 2}),
    lambda: f(1, **{'y': 1}, y=2),
    lambda: {}.update(**{1: 2}),
    lambda: only(1),
    lambda: g(b=1),
    lambda: (lambda a: a)(**{'b': 1}),
]
for call in calls:
    try:
        print(call())
    except TypeError as exc:
        print(type(exc).__name__, exc)


def counter(**kw):
    total = 0
    for name, value in kw.items():
        total += value
    return total


print(counter(a=1, b=2, c=3), counter())
print(f(**{'x': 1}, **{'x': 2}))
