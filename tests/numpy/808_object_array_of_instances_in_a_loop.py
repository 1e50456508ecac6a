import numpy as np


class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def __repr__(self):
        return f"{self.name}:{self.count}"


counters = [Counter(n) for n in "abc"]
arr = np.array(counters, dtype=object)
for i, c in enumerate(arr):
    c.count += i * 10
print(counters)
print(arr)
arr[0] = Counter("z")
print(counters[0], arr[0], arr[0] is counters[0])
same = [a is b for a, b in zip(arr, counters)]
print(same)
totals = np.zeros(3, dtype=object)
for i in range(3):
    totals[i] = counters[i].count
print(repr(totals), repr(totals + 1))
print(f"{len(arr)} cells, {arr.nbytes} bytes of pointers")
nested = np.array([[Counter("p"), Counter("q")]], dtype=object)
nested[0, 1].count = 7
print(nested, nested.shape)
print(repr(np.array(list(range(12)), dtype=object).reshape(3, 4)))
print(np.array(["x", "y"], dtype=object) + "!")
