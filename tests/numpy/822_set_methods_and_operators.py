import numpy as np
a = {1, 2, 3, 4, 5, 6}
b = {4, 5, 6, 7, 8}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [9, 10], (1,)), a.intersection(b, [5, 6, 7]), a.difference(b, [1]))
print(a.symmetric_difference([8, 1, 9]), a.union(), a.intersection(), a.difference())
print(a <= b, a < a | b, a | b > b, a >= {1}, {1} < {1}, a == set(a), a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint([6]))
print({1} & {1.0}, {1.0} & {1, 2}, {1, 2}.intersection([2.0, 1.0]), {True} | {1, 2})
c = a.copy()
c |= {10, 20}
c &= {1, 2, 10, 20, 30}
c -= {2}
c ^= {3, 10}
print(c, a)
c.update([5], {6}, {7: 0})
c.intersection_update(range(8), {5, 6, 7, 1})
print(c)
c.difference_update([5], {6})
c.symmetric_difference_update([1, 2, 2])
print(c)
f = frozenset([3, 1, 2])
print(f | {9}, {9} | f, f & {1}, f - {1}, f ^ {1, 7}, f.copy() is f, frozenset(f) is f)
print(f.union([4]), type(f.union([4])).__name__, type({1} | f).__name__, f == {1, 2, 3})
g = f
g |= {4}
print(f, g, g is f)
print(set('') == set(), {1, 2} == [1, 2], {1, 2} != (1, 2), 2 in a, [2] in [a], {2} in [a])
print(frozenset({1, 2}) in {frozenset({2, 1})}, {1, 2} in {frozenset({1, 2})})
print(sorted({5, 3, 9, 1}), sorted({5, 3, 9}, reverse=True), min({4, 2, 8}), max({4, 2, 8}))
print(sum({1, 2, 3}), sum({0.1, 0.2, 0.3}), list({3, 1, 2}), tuple({30, 10, 20}))
print(len({1, 2, 2}), any({0, 1}), all({0, 1}), [*{5, 6}], dict.fromkeys({2, 1}))
big = set(range(40))
small = {3, 100}
print(big - small, small - big, big & small, small.isdisjoint(big))
print(set(range(40)).difference({1: 0, 2: 0}), set(range(4)).difference({1: 0, 2: 0, 3: 0}))
x = set(range(30))
x -= set(range(100))
print(x)
y = set(range(10))
y.difference_update(range(3, 10))
print(y, y ^ y, y - y, y | y, y & y)
y ^= y
print(y)
