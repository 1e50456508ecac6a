import operator
import numpy as np
m = np.arange(12).reshape(3, 4)
row = operator.getitem(m, 1)
print(row, row.base is m, np.shares_memory(row, m))
col = operator.getitem(m, (slice(None), 1)) if False else operator.getitem(m.T, 1)
print(col, np.shares_memory(col, m))
fancy = operator.getitem(m, [0, 2])
print(fancy, fancy.base is m, np.shares_memory(fancy, m))
print(operator.getitem(m, (2, 3)), operator.getitem(m, m > 9))
row[0] = 100
print(m[1])
operator.setitem(m, (0, 0), -1)
operator.setitem(m, 2, 0)
operator.setitem(row, 1, 55)
print(m)
operator.setitem(m, m < 0, 7)
print(m[0])
lst = [1, 2, 3]
operator.setitem(lst, 0, 'x')
operator.setitem(lst, -1, 'z')
print(lst, operator.getitem(lst, 1), operator.getitem('hello', 1), operator.getitem((4, 5), -1))
d = {'a': 1}
operator.setitem(d, 'b', 2)
print(d, operator.getitem(d, 'a'))
for f, args in [(operator.getitem, (lst, 10)), (operator.getitem, (d, 'q')), (operator.getitem, (5, 0)),
                (operator.setitem, ((1, 2), 0, 9)), (operator.setitem, (lst, 5, 0)), (operator.getitem, (m, 9)),
                (operator.getitem, (m, (0, 9))), (operator.setitem, ('ab', 0, 'c'))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
r = np.arange(3)
r.flags.writeable = False
try:
    operator.setitem(r, 0, 1)
except ValueError as e:
    print(e)
