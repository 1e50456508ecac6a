# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Iterator-allocated output arrays": a square function with an allocated or given out, then a non-broadcastable out (ValueError)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
def square(a):
    with np.nditer([a, None]) as it:
        for x, y in it:
            y[...] = x*x
        return it.operands[1]

print(repr(square([1,2,3])))
def square(a, out=None):
    it = np.nditer([a, out],
            flags = ['external_loop', 'buffered'],
            op_flags = [['readonly'],
                        ['writeonly', 'allocate', 'no_broadcast']])
    with it:
        for x, y in it:
            y[...] = x*x
        return it.operands[1]

print(repr(square([1,2,3])))
b = np.zeros((3,))
print(repr(square([1,2,3], out=b)))
print(repr(b))
square(np.arange(6).reshape(2,3), out=b)
