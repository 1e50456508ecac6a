# Source: https://github.com/numpy/numpy/blob/0233ceda6b7040467eaf3042c7092ac517af1658/doc/source/user/quickstart.rst
# What: NumPy quickstart, "The ix_() function": open meshes broadcast a+b*c, a reduce over ix_ vectors
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([2, 3, 4, 5])
b = np.array([8, 5, 4])
c = np.array([5, 4, 6, 8, 3])
ax, bx, cx = np.ix_(a, b, c)
print(repr(ax))
print(repr(bx))
print(repr(cx))
print(repr((ax.shape, bx.shape, cx.shape)))
result = ax + bx * cx
print(repr(result))
print(repr(result[3, 2, 4]))
print(repr(a[3] + b[2] * c[4]))
def ufunc_reduce(ufct, *vectors):
   vs = np.ix_(*vectors)
   r = ufct.identity
   for v in vs:
       r = ufct(r, v)
   return r
print(repr(ufunc_reduce(np.add, a, b, c)))
