import numpy as np
for bad in ([1], {1: 2}, {1}, np.arange(2), (1, [2])):
    try:
        {bad}
    except TypeError as e:
        print('TypeError', e)
try:
    s = {1, [2], 3}
except TypeError as e:
    print(e)
try:
    set([1, 2, {}])
except TypeError as e:
    print(e)
s = {1, 2}
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
attempt(lambda: s | [1])
attempt(lambda: s & 1)
attempt(lambda: s - (1,))
attempt(lambda: s ^ None)
attempt(lambda: s < [1])
attempt(lambda: s <= 3)
attempt(lambda: s > 2)
attempt(lambda: s == [1, 2])
try:
    s |= [3]
except TypeError as e:
    print(e, s)
try:
    f = frozenset()
    f -= [1]
except TypeError as e:
    print(e)
try:
    s.add([1])
except TypeError as e:
    print(e, s)
try:
    [1] in s
except TypeError as e:
    print(e)
try:
    print(s.issuperset([5, [6]]), s.isdisjoint([1, []]))
    s.issubset([5, [6]])
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    hash([1])
except TypeError as e:
    print(e)
print(hash(1), hash(-1), hash(-2), hash(0), hash(True), hash(2**61 - 1), hash(2**61), hash(-9223372036854775807 - 1))
print(hash(1.0), hash(1.5), hash(-0.1), hash(1e300), hash(float('inf')), hash(-float('inf')), hash(5e-324))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3.5))), hash(((), ())))
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({frozenset({1})})))
print(hash(np.int64(-1)), hash(np.float32(0.1)), hash(np.uint64(9223372036854775807) * np.uint64(2)), hash(np.bool_(True)))
print(hash(frozenset(range(100))) == hash(frozenset(range(99, -1, -1))))
try:
    print({1: 2, 3: 4}.get({5}))
except TypeError as e:
    print(e)
try:
    print(set(5))
except TypeError as e:
    print(e)
try:
    set(1, 2)
except TypeError as e:
    print(e)
try:
    s.pop(1)
except TypeError as e:
    print(e)
print(s)
