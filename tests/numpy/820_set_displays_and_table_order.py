import numpy as np
print({3, 1, 2}, set(), {16, 1, 2, 3, 4}, {1, 2, 3, 4, 16})
s = set()
for x in (16, 1, 2, 3, 4):
    s.add(x)
print(s, len(s), bool(s), bool(set()))
for x in {16, 1, 2, 3, 4}:
    print(x, end=' ')
print()
print([y for y in {33, 1, 17, 2, 49}], {-1, -2, -3}, {1, 1.0, True}, {0, False, 0.0})
print({(1, 2), (2, 1), (0,)}, {1.5, 2.5, -0.5, 1e300, float('inf')}, {-1.0, 2.0})
print({x * 8 for x in range(20)})
print({x for x in range(100) if x % 7 == 3})
big = set(range(50))
print(big)
t = {*range(5), 10, *[40, 8]}
print(t, {*t})
print({np.int64(5), np.float64(2.5), np.int8(-3)}, {np.float32(0.1), 0.1})
print(frozenset(), frozenset([5, 3, 9]), frozenset({2: 'a', 1: 'b', 34: 'c'}))
print(set({2: 'a', 1: 'b'}), set([9, 17, 1, 25]), set((x for x in [8, 16, 0, 24, 32])))
print({1e10, 2**40, -2**62, 2**61 - 1, 2**61, (2**61) * 3 + 5})
print({(1, (2, 3)), ((), ()), (1.5, -1)}, {frozenset({1, 2}), frozenset()})
