# Recursion, *args, keyword-only parameters, and calls by keyword.
import numpy as np

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def total(*values, start=0):
    for v in values:
        start += v
    return start

def describe(a, /, b, *, c=3):
    return a + b * c

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(fact(20), [fib(k) for k in range(12)], depth(500))
print(total(), total(1, 2, 3), total(*[], start=10) if False else total(4, start=10))
print(describe(1, 2), describe(1, b=2, c=10))
halves = np.arange(8)
def halve(a):
    if a.size <= 1:
        return [a]
    mid = a.size // 2
    return halve(a[:mid]) + halve(a[mid:])
parts = halve(halves)
print([p.tolist() for p in parts], [p.base is halves for p in parts])
parts[3][0] = 99
print(halves)
