import numpy as np
import copy
a = np.arange(4)
b = np.zeros(3)
lst = [a, b, [1, 2]]
s = copy.copy(lst)
print(s is lst, s[0] is a, s[1] is b, s[2] is lst[2])
s[2].append(3)
s.append('new')
print(lst)
print(s)
s[0][0] = 99
print(a)
d = {'x': a, 'y': [5]}
dc = copy.copy(d)
print(dc is d, dc['x'] is a, dc['y'] is d['y'])
dc['z'] = 1
print(sorted(d), sorted(dc))
st = {1, 2, 3}
sc = copy.copy(st)
sc.add(4)
print(st, sc, sc is st)
t = (a, 1)
print(copy.copy(t) is t)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs)
c = copy.copy(a)
c[1] = -1
print(a, c, c.base is None, np.shares_memory(a, c))
from copy import copy as shallow
print(shallow([1, 2]) == [1, 2])
