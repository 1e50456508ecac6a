# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/2d896b5c48637bb33604dfc52b83c96aa36644fc/intro/numpy/operations.rst
# What: Scientific Python Lectures, "Numerical operations on arrays", "Elementwise operations" (scalars, arithmetic, comparisons, logical operations, transposition)
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
a = np.array([1, 2, 3, 4])
print(repr(a + 1))
print(repr(2**a))
b = np.ones(4) + 1
print(repr(a - b))
print(repr(a * b))
j = np.arange(5)
print(repr(2**(j + 1) - j))
c = np.ones((3, 3))
print(repr(c * c))                   # NOT matrix multiplication!
print(repr(c.dot(c)))
a = np.array([1, 2, 3, 4])
b = np.array([4, 2, 2, 4])
print(repr(a == b))
print(repr(a > b))
a = np.array([1, 1, 0, 0], dtype=bool)
b = np.array([1, 0, 1, 0], dtype=bool)
print(repr(np.logical_or(a, b)))
print(repr(np.logical_and(a, b)))
a = np.arange(4)
print(repr(a))
a = np.triu(np.ones((3, 3)), 1)   # see help(np.triu)
print(repr(a))
print(repr(a.T))
