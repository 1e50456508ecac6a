# Closures see their variables, not a copy (late binding); nonlocal and global rebind the
# outer name; a default is evaluated once, when the def runs, and shared by every call.
import numpy as np

def counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

tick = counter()
print(tick(), tick(), tick(5))
other = counter()
print(other(), tick())

calls = 0
def note():
    global calls
    calls += 1
    return calls
for _ in range(3):
    note()
print(calls)

def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))

def buffer_default(a=np.zeros(3)):
    a[0] += 1
    return a
print(buffer_default(), buffer_default())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])
square = lambda v: v ** 2
print(square(4), square(np.arange(3)), (lambda a, b=2: a - b)(5))

x = 'module'
def shadow():
    x = 'local'
    def inner():
        return x
    return inner()
print(shadow(), x)
