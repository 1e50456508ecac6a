# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/04033c24e15ba96aadd5c5501ad15ebcc934467d/intro/numpy/array_object.rst
# What: Scientific Python Lectures, "The NumPy array object", Copies and views (a[::2] is a view, np.may_share_memory, .copy()) and the prime sieve worked example
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(10)
print(repr(a))
b = a[::2]
print(repr(b))
print(repr(np.may_share_memory(a, b)))
b[0] = 12
print(repr(b))
print(repr(a))   # (!)
a = np.arange(10)
c = a[::2].copy()  # force a copy
c[0] = 12
print(repr(a))
print(repr(np.may_share_memory(a, c)))
is_prime = np.ones((100,), dtype=bool)
is_prime[:2] = 0
N_max = int(np.sqrt(len(is_prime) - 1))
for j in range(2, N_max + 1):
    is_prime[2*j::j] = False
