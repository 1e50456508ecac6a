# Source: https://github.com/scipy-lectures/scientific-python-lectures/blob/04033c24e15ba96aadd5c5501ad15ebcc934467d/intro/numpy/array_object.rst
# What: Scientific Python Lectures, "The NumPy array object", Fancy indexing: a seeded mask extract and mask assignment, repeated integer indices, index-array shapes
# Converted from doctest form (tests/corpus/README.md): shown output dropped; an expression whose output the page shows is wrapped in print(repr(...)).
import numpy as np
np.random.seed(3)
a = np.random.randint(0, 21, 15)
print(repr(a))
(print(repr(a % 3 == 0)))
mask = (a % 3 == 0)
extract_from_a = a[mask] # or,  a[a%3==0]
print(repr(extract_from_a))           # extract a sub-array with the mask
a[a % 3 == 0] = -1
print(repr(a))
a = np.arange(0, 100, 10)
print(repr(a))
print(repr(a[[2, 3, 2, 4, 2]]))  # note: [2, 3, 2, 4, 2] is a Python list
a[[9, 7]] = -100
print(repr(a))
a = np.arange(10)
idx = np.array([[3, 4], [9, 7]])
print(repr(idx.shape))
print(repr(a[idx]))
