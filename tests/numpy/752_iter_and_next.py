# iter() gives CPython's iterator types (an iterator is its own), next() takes one item, its
# default at the end, else StopIteration; an array's iterator yields views of its rows.
import numpy as np
import array
for x in [[1], (1,), range(2), 'ab', 'é', np.arange(2), b'ab', bytearray(b'a'), iter([1]), enumerate([1]), array.array('i', [1])]:
    print(type(iter(x)).__name__)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('stop', repr(e), e.args)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
print(iter(it) is it)
m = np.arange(6).reshape(3, 2)
rows = iter(m)
first = next(rows)
first[0] = 100
print(m, next(rows))
for r in rows:
    print("rest", r)
lst = [1, 2, 3]
li = iter(lst)
next(li)
lst.append(4)
print(list(li))
z = zip([1, 2], "ab")
print(next(z), list(z))
next(iter(()))
