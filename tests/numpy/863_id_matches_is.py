import numpy as np
a = np.arange(3)
b = a
c = a[:]
lst = [a, c]
print(id(a) == id(b), id(a) == id(c), id(lst[0]) == id(a), id(lst[1]) == id(c))
print(id(None) == id(None), id(True) == id(True), id(True) == id(False), id(5) == id(5), id(5) == id(6))
d = {}
e = d
print(id(d) == id(e), id(d) == id({}), id(len) == id(len), id(np.zeros) == id(np.zeros), id(np) == id(np))
class K:
    pass
k1 = K()
k2 = K()
print(id(k1) == id(k1), id(k1) == id(k2), id(K) == id(K), id(a.dtype) == id(np.dtype('int64')))
ids = {id(x) for x in [a, b, c, d, e, k1, k2]}
print(len(ids), isinstance(id(a), int), id(a) > 0, id(a) % 16)
m = np.arange(4).reshape(2, 2)
print(id(m) == id(m.T.T), id(m.base) == id(m.base))
print(np.zeros is np.zeros, len is len)
