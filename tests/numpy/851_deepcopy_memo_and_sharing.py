import numpy as np
import copy
a = np.arange(3)
pair = [a, a]
d = copy.deepcopy(pair)
print(d[0] is d[1], d[0] is a, np.shares_memory(d[0], a))
d[0][0] = 50
print(d[1], a)
inner = [1, 2]
outer = [inner, inner, (inner, 4)]
oc = copy.deepcopy(outer)
print(oc[0] is oc[1], oc[2][0] is oc[0], oc[0] is inner)
oc[0].append(9)
print(outer, oc)
t = (1, 'a', 2.5)
print(copy.deepcopy(t) is t)
t2 = (1, [2])
t2c = copy.deepcopy(t2)
print(t2c is t2, t2c == t2, t2c[1] is t2[1])
nested = {'m': np.ones((2, 2)), 'l': [a, {'k': a}]}
nc = copy.deepcopy(nested)
print(nc['l'][0] is nc['l'][1]['k'], nc['m'] is nested['m'])
nc['m'][0, 0] = 7
print(nested['m'])
print(nc['m'])
from copy import deepcopy
v = a[1:]
w = deepcopy(v)
print(w, w.base is None, w.flags.owndata, v.base is a)
print(deepcopy(5), deepcopy('s'), deepcopy(None), deepcopy(2.5))
fs = frozenset({1, 2})
fsc = deepcopy(fs)
print(fsc == fs, fsc is fs)
