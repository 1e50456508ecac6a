import numpy as np
s = set(range(0, 64, 8))
print(s)
s.remove(8)
s.discard(16)
s.discard(1000)
s.add(72)
s.add(8)
print(s, len(s))
t = {1, 9, 17, 25, 33}
for x in [9, 25]:
    t.remove(x)
t.add(41)
t.add(49)
print(t)
popped = []
while t:
    popped.append(t.pop())
print(popped, t)
u = set(range(20))
print(u.pop(), u.pop(), u.pop())
u.add(0)
u.add(1)
print(u.pop(), u)
try:
    set().pop()
except KeyError as e:
    print('KeyError', e)
try:
    u.remove(99)
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    u.remove((1, 2))
except KeyError as e:
    print('KeyError', e)
v = set()
for i in range(40):
    v.add(i * 3)
    if i % 3 == 0:
        v.discard(i)
print(v)
w = set(range(100))
for i in range(90):
    w.remove(i)
print(w)
w.update(range(200, 205))
print(w)
w.clear()
w.add(5)
print(w, w.pop(), w)
