# map and filter are lazy: the function runs when an item is asked for; any and all stop
# reading a generator at the item that decides, so later items are never computed.
import numpy as np
a = np.arange(6).reshape(2, 3)
calls = []
def double(x):
    calls.append(x)
    return x * 2
m = map(double, [1, 2, 3])
print(calls, type(m).__name__, isinstance(m, map))
print(next(m), calls)
print(list(m), calls, list(m))
print(list(map(lambda r: r.sum(), a)), list(map(len, ["ab", "c"])), list(map(max, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, 2])), list(filter(lambda r: r[0] > 0, a)))
print(", ".join(map(str, a[1])), sum(map(abs, [-1, -2])), max(map(len, ["a", "abc"])))
for row in map(lambda r: r[::-1], a):
    row[0] = -1
print(a)
print(any(1 / x for x in [1, 0]), all(1 / x > 2 for x in [1, 0]), any(x > 10 for x in range(5)))
for bad in [lambda: map(len), lambda: map(len, 5), lambda: filter(len), lambda: list(map(None, [1])),
            lambda: map(len, [1], x=1), lambda: list(map(len, [1, 2]))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(list(filter(lambda x: x.missing, [1])))
