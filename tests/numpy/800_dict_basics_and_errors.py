import numpy as np

d = {'a': 1, 'b': np.array([1, 2]), 'c': [1, 2]}
print(d)
print(str(d), repr(d), len(d), bool(d), bool({}))
d['z'] = None
d['a'] = 10
print(d, 'a' in d, 'q' in d, 'q' not in d, 1 in d)
del d['z']
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '->', v)
print(d.keys(), d.values())
print(d.items())
print(list(d), tuple(d), list(d.values()), list(d.items()))
print(len(d.keys()), 'a' in d.keys(), ('a', 10) in d.items(), 10 in d.values())
print(sorted({'b': 1, 'a': 2, 'c': 0}), max({'b': 1, 'a': 2}), min({3: 1, 2: 1}))
print(sum({1: 'x', 2: 'y'}), list(zip({'x': 1, 'y': 2}, {'p': 0, 'q': 1})))
print(list(enumerate({"x": 1})))
print({} == {}, {'a': 1} == {'a': 1.0}, {'a': 1} != {'a': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == [('a', 1)], {1: 2} == {1: 2, 3: 4})
e = {1: 'int', True: 'bool', 1.0: 'float', np.int64(1): 'np'}
print(e, len(e))
f = {0: 'zero', -0.0: 'negzero', False: 'f', 0.5: 'half', np.float64(0.5): 'nphalf'}
print(f)
print({None: 1, (1, 2): 'tuple', b'by': 'bytes', 'st': 'str', 2.5: 'float'})
print({(1, (2, 3)): 1}[(1, (2, 3))], {np.float32(0.5): 1}[0.5])
for bad in ([1], {}, np.arange(2), bytearray(b'x'), (1, [2])):
    try:
        {bad: 1}
    except TypeError as exc:
        print(type(exc).__name__, exc)
try:
    d[1:2]
except TypeError as exc:
    print(type(exc).__name__, exc)
for key in ['nope', 3, (1, 2), None]:
    try:
        d[key]
    except KeyError as exc:
        print(type(exc).__name__, exc, exc.args)
try:
    del d['nope']
except KeyError as exc:
    print('del', exc)
try:
    {'a': 1} < {'b': 2}
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    {'a': 1} + {'b': 2}
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    {**[1, 2]}
except TypeError as exc:
    print(type(exc).__name__, exc)
try:
    d.nope
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(type(d), type(d.keys()), type({}.items()))
print(d['missing'])
