# A program's classes: __init__, methods bound to self, class attributes shared by every
# instance, inheritance, __repr__ and __str__, and CPython's errors for what is missing.
import numpy as np
class MutableInt:
    def __init__(self, val):
        self.val = val
    def __repr__(self):
        return repr(self.val)
obj_list = [MutableInt(i) for i in range(1, 8)]
print(obj_list)
alias = obj_list[0]
obj_list[0].val = 88
print(obj_list, alias, alias.val)
class Counter:
    """Counts."""
    count = 0
    def __init__(self, start=0):
        self.n = start
        Counter.count += 1
    def inc(self, by=1):
        self.n += by
        return self
    def __str__(self):
        return f"Counter({self.n})" if False else "Counter(" + str(self.n) + ")"
c = Counter(5)
c.inc().inc(3)
print(c, c.n, Counter.count, Counter.__doc__, Counter.__name__)
d = Counter()
print(Counter.count, d.count)
class Scaled(Counter):
    def inc(self, by=1):
        return Counter.inc(self, by * 10)
s = Scaled(1)
s.inc()
print(s, s.n, type(s).__name__, Counter.count)
class Holder:
    def __init__(self, arr):
        self.arr = arr
    def double(self):
        self.arr *= 2
a = np.arange(4)
h = Holder(a)
h.double()
print(a, h.arr is a)
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    Counter(1, 2, 3)
except TypeError as e:
    print(e)
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print(e)
print(type(Empty), Empty.__qualname__)
h.nn
