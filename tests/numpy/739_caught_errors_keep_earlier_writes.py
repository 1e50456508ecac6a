# Writes before a caught error stay, in loops, calls and nested try blocks.
import numpy as np
a = np.arange(6)
try:
    a.reshape(4)
except ValueError as e:
    print("reshape:", e)
try:
    a += 1.5
except TypeError as e:
    print(type(e).__name__, e)
def modify(x):
    x[0] = 100
    raise RuntimeError("after write")
try:
    modify(a)
except RuntimeError:
    pass
print(a)
lst = [1, 2]
try:
    lst.append(3)
    lst[5]
except IndexError as e:
    print(lst, e)
results = []
for val in [1, 0, 2]:
    try:
        results.append(10 // val)
    except ZeroDivisionError:
        results.append(None)
print(results)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer", e)
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(h())
try:
    int("abc")
except ValueError as e:
    print(e)
