# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/reference/arrays.nditer.rst
# What: Iterating over arrays (nditer), "Outer product iteration" with op_axes and "Reduction iteration" (reduce_ok, allocated and buffered reductions)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(3)
b = np.arange(8).reshape(2,4)
it = np.nditer([a, b, None], flags=['external_loop'],
            op_axes=[[0, -1, -1], [-1, 0, 1], None])
with it:
    for x, y, z in it:
        z[...] = x*y
    result = it.operands[2]  # same as z

print(repr(result))
a = np.arange(24).reshape(2,3,4)
b = np.array(0)
with np.nditer([a, b], flags=['reduce_ok'],
                    op_flags=[['readonly'], ['readwrite']]) as it:
    for x,y in it:
        y[...] += x

print(repr(b))
print(repr(np.sum(a)))
a = np.arange(24).reshape(2,3,4)
it = np.nditer([a, None], flags=['reduce_ok'],
            op_flags=[['readonly'], ['readwrite', 'allocate']],
            op_axes=[None, [0,1,-1]])
with it:
    it.operands[1][...] = 0
    for x, y in it:
        y[...] += x
    result = it.operands[1]

print(repr(result))
print(repr(np.sum(a, axis=2)))
a = np.arange(24).reshape(2,3,4)
it = np.nditer([a, None], flags=['reduce_ok',
                                 'buffered', 'delay_bufalloc'],
            op_flags=[['readonly'], ['readwrite', 'allocate']],
            op_axes=[None, [0,1,-1]])
with it:
    it.operands[1][...] = 0
    it.reset()
    for x, y in it:
        y[...] += x
    result = it.operands[1]

print(repr(result))
