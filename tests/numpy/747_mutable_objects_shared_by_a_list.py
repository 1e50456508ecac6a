# The first seed's MutableInt: a list holds the very objects, so mutating one through the
# list shows through every other name for it; a method that mutates an array attribute
# writes the caller's array.
import numpy as np
class MutableInt:
    def __init__(self, val):
        self.val = val
    def __repr__(self):
        return repr(self.val)
obj_list = [MutableInt(i) for i in range(1, 8)]
print(obj_list)
first = obj_list[0]
obj_list[0].val = 88
print(obj_list, first)
copied = obj_list[:]
copied[1].val = -2
copied[2] = MutableInt(0)
print(obj_list, copied)
class Wrapper:
    def __init__(self, data):
        self.data = data
    def bump(self):
        self.data[0] += 1
    def rebind(self):
        self.data = self.data + 1
a = np.zeros(3, dtype=np.int64)
w = Wrapper(a)
w.bump()
w.rebind()
w.bump()
print(a, w.data, w.data is a)
class Bad:
    def __repr__(self):
        return 5
print(repr(Bad()))
