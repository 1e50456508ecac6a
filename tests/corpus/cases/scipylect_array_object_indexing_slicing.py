# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/04033c24e15ba96aadd5c5501ad15ebcc934467d/intro/numpy/array_object.rst
# What: Scientific Python Lectures, "The NumPy array object", Indexing and slicing: element access, diag, slices, assigning a reversed slice into a slice
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.arange(10)
print(repr(a))
print(repr((a[0], a[2], a[-1])))
print(repr(a[::-1]))
a = np.diag(np.arange(3))
print(repr(a))
print(repr(a[1, 1]))
a[2, 1] = 10 # third line, second column
print(repr(a))
print(repr(a[1]))
a = np.arange(10)
print(repr(a))
print(repr(a[2:9:3])) # [start:end:step]
print(repr(a[:4]))
print(repr(a[1:3]))
print(repr(a[::2]))
print(repr(a[3:]))
a = np.arange(10)
a[5:] = 10
print(repr(a))
b = np.arange(5)
a[5:] = b[::-1]
print(repr(a))
print(repr(np.arange(6) + np.arange(0, 51, 10)[:, np.newaxis]))
