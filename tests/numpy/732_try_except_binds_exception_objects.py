# except binds the exception object: its args, str, repr and type; else and finally run when
# Python runs them; the name bound by 'as' is gone after the handler.
import numpy as np
a = np.arange(5)
try:
    a[10] = 1
except IndexError as e:
    print("caught:", e)
    print(type(e).__name__, e.args, repr(e))
print(a)
try:
    x = 1 / 0
except (ValueError, ZeroDivisionError) as err:
    print(err, type(err))
else:
    print("no")
finally:
    print("finally")
def f(v):
    try:
        return v[0]
    finally:
        print("cleanup")
print(f(a))
try:
    a.sum(axis=3)
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError("bad", 3)
except Exception as e:
    print(e, e.args, repr(e))
try:
    e
except NameError as n:
    print(n)
for i in range(5):
    try:
        if i == 2:
            continue
        if i == 4:
            break
        print(i)
    finally:
        print("f", i)
def g():
    try:
        1/0
    except ZeroDivisionError:
        raise
try:
    g()
except ZeroDivisionError as z:
    print("re", z, z.__context__)
try:
    raise KeyError('x')
except KeyError as k:
    print(k, k.args)
print(ValueError, ValueError.__name__, ValueError.__module__)
x = ValueError("a")
print(x, x.arg)
