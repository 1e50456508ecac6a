import numpy as np
import copy
o = np.array([[1, 2], 'm', 3], dtype=object)
sc = copy.copy(o)
dc = copy.deepcopy(o)
print(sc[0] is o[0], dc[0] is o[0], dc[0] == o[0])
dc[0].append(5)
sc[0].append(6)
print(o)
print(dc)
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
p = Point(np.zeros(2), ['a'])
q = copy.copy(p)
r = copy.deepcopy(p)
print(type(q).__name__, q is p, q.x is p.x, q.tags is p.tags)
print(r.x is p.x, r.tags is p.tags, r.tags == p.tags)
q.x[0] = 1.0
r.x[1] = 2.0
print(p.x, q.x, r.x)
q.tags = ['new']
print(p.tags, q.tags)
p.me = p
p2 = copy.deepcopy(p)
print(p2.me is p2, p2.me is p)
pts = [p, p]
pc = copy.deepcopy(pts)
print(pc[0] is pc[1], pc[0] is p)
print(copy.copy(Point) is Point, copy.deepcopy(len) is len)
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f)
